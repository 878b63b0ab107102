"""Options of the `sitegen/directory` plugin: the site's hotline directory."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from sitegen.contacts.settings import Anchors, Corrections, DirectorySettings, Limits
from sitegen.plugins.options import Anchor, Days


class CorrectionsConfig(base.Config):
    # Where readers report a wrong number: the address of a new issue; empty for none.
    issue_url = c.URL(default=Corrections.issue_url)
    # The issue form the report opens (its file name in .github/ISSUE_TEMPLATE/).
    issue_form = c.Type(str, default=Corrections.issue_form)


class AnchorsConfig(base.Config):
    # The link targets of the directory's parts. A site keeps them once chosen: links
    # from elsewhere point at them.
    service = Anchor(default=Anchors.service, prefix=True)
    topic = Anchor(default=Anchors.topic, prefix=True)
    area = Anchor(default=Anchors.area, prefix=True)
    by_topic = Anchor(default=Anchors.by_topic)
    by_area = Anchor(default=Anchors.by_area)
    all_services = Anchor(default=Anchors.all_services)


class DirectoryConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # The data folder (services/, topics.yml), relative to mkdocs.yml.
    data_dir = c.Type(str, default="data")
    # How old a check may be before the build warns, or fails; how old the newest
    # source of an active service may be.
    warn_after_days = Days(default=Limits.warn_after_days)
    error_after_days = Days(default=Limits.error_after_days)
    source_max_age_days = Days(default=Limits.source_max_age_days)
    # The services leaflets and the print strip lead with, in this order.
    key_services = c.ListOfItems(c.Type(str), default=[])
    corrections = c.SubConfig(CorrectionsConfig)
    anchors = c.SubConfig(AnchorsConfig)

    def settings(self, project_dir: Path) -> DirectorySettings:
        """The options as the core reads them, the data folder relative to `project_dir`."""
        return DirectorySettings(
            data_dir=project_dir / self.data_dir,
            limits=Limits(self.warn_after_days, self.error_after_days, self.source_max_age_days),
            key_services=tuple(self.key_services),
            corrections=Corrections(self.corrections.issue_url, self.corrections.issue_form),
            anchors=Anchors(**{name: self.anchors[name] for name in Anchors.__dataclass_fields__}),
        )
