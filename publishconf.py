"""Production settings: `make publish` builds with these."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402

# The public address; set HUB_SITEURL when the office's domain is final.
SITEURL = os.environ.get("HUB_SITEURL", "https://silihtulungan.example.id")
ORGANISATION_URL = SITEURL + "/tentang/"
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
# Record what this build published, so later builds keep every URL alive.
LEDGER_UPDATE = True
