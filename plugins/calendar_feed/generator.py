"""Write every calendar file of the hub."""

from __future__ import annotations

import logging
import os

from pelican.generators import Generator
from pelican.utils import sanitised_join

from calendar_feed.catalog import calendar_files, load_settings
from calendar_feed.ics import build_calendar

logger = logging.getLogger(__name__)


class CalendarGenerator(Generator):
    """Write the subscription calendars and the single-event downloads."""

    def generate_output(self, writer):
        """Build and write each ``.ics`` file listed by the catalog."""
        cfg = load_settings(self.settings)
        zones = {}  # VTIMEZONE components, built once per zone for this build
        for item in calendar_files(self.context.get("event_sections", []), self.context.get("events", []), cfg):
            target = sanitised_join(self.output_path, item.path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as handle:
                handle.write(build_calendar(item.events, item.meta, zones).to_ical())
            logger.info("Writing %s", target)
