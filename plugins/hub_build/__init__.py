"""Build driver: run Pelican, report content problems, and switch the output folder atomically."""
