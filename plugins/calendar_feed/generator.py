"""Write every calendar file of the hub."""

from __future__ import annotations

from pelican.generators import Generator

from calendar_feed.catalog import calendar_files, load_settings
from calendar_feed.ics import calendar_ical
from hub_model.guard import reported, source_of
from hub_model.output import write_output


class CalendarGenerator(Generator):
    """Write the subscription calendars and the single-event downloads."""

    def generate_output(self, writer):
        """Build and write each ``.ics`` file listed by the catalog."""
        cfg = load_settings(self.settings)
        # Built once per build: VTIMEZONEs per zone, VEVENTs and their bytes per event.
        zones, built, serialised = {}, {}, {}
        run = self.context.get("hub_run")
        for item in calendar_files(self.context.get("event_sections", []), self.context.get("events", []), cfg):
            key = writer.data_key("ics", self.context, item)
            if writer.reuse(item.path, key):
                continue
            owner = source_of(item.events[0]) if len(item.events) == 1 else ""
            with reported(run, owner, item.path):
                write_output(writer, item.path, calendar_ical(item.events, item.meta, zones, built, serialised), key)
