"""Events as their own content type: read ``content/events/``, write event pages and the agenda."""

from __future__ import annotations

from itertools import chain

from pelican.contents import Page

from events.listing import (
    PROGRAM_KIND,
    REGION_KIND,
    agenda_terms,
    event_state,
    group_events,
    home_events,
    registration_open,
    section_terms,
    timing_note,
    upcoming_and_past,
)
from events.model import event_details
from hub_model.generator import ItemsGenerator
from hub_model.taxonomy import Term


class Event(Page):
    """An event page; URLs come from ``EVENT_URL``/``EVENT_SAVE_AS``."""

    default_template = "event"


class EventsGenerator(ItemsGenerator):
    """Read events, publish them to the context, and write their pages and the agenda page."""

    paths_setting = "EVENTS_PATHS"
    content_class = Event

    def generate_context(self):
        """Read every event; publish the upcoming/past lists and the agenda's sections."""
        self.events, self.hidden_events = self.read_items()
        for event in chain(self.events, self.hidden_events):
            event.details = event_details(event.metadata, self.settings["TIMEZONE"], self.settings["ORGANISATION"])
        self.publish_agenda()

    def publish_agenda(self):
        """Split the events into upcoming and past, group them into the agenda's sections, publish both."""
        run = self.context["hub_run"]
        now = run.now
        upcoming, past = upcoming_and_past(self.events, now)
        self.context["events"] = upcoming + past
        self.context["upcoming_events"] = upcoming
        self.context["past_events"] = past
        self.context["home_events"] = home_events(upcoming, self.settings["EVENTS_HOME_COUNT"])
        url = self.settings["EVENTS_INDEX_URL"]
        self.context["events_section"] = Term("events", url.strip("/"), "Agenda Acara", url)
        terms = section_terms(run.taxonomy, self.settings["EVENTS_PROGRAM_URL"], self.settings["EVENTS_REGION_URL"])
        sections = group_events(upcoming, past, self.context["events_section"], terms)
        self.context["event_sections"] = sections
        self.context["event_program_sections"] = [s for s in sections if s.term.kind == PROGRAM_KIND]
        self.context["event_region_sections"] = [s for s in sections if s.term.kind == REGION_KIND]
        for event in chain(self.events, self.hidden_events):
            event.agenda_program, event.agenda_regions = agenda_terms(event, sections)
            event.timing_note = timing_note(event.details, now)
            event.state = event_state(event.details, now)
            event.registration_open = registration_open(event.details, now)

    def generate_output(self, writer):
        """Write each event page, then the agenda and its programme and region pages."""
        for event in chain(self.events, self.hidden_events):
            writer.write_file(
                event.save_as, self.get_template(event.template), self.context, page=event, event=event, url=event.url
            )
        for section in self.context["event_sections"]:
            writer.write_file(
                section.term.save_as, self.get_template("events"), self.context, section=section, url=section.term.url
            )
