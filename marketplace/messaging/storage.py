"""Where message attachments live: on disk outside MEDIA_ROOT, with no public URL.

Only the attachment download view, which checks who is asking, reads them back.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible(path="marketplace.messaging.storage.PrivateFileStorage")
class PrivateFileStorage(FileSystemStorage):
    def __init__(self):
        super().__init__()

    @cached_property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    def url(self, name):
        raise ValueError("Private files have no URL; they are served by a view that checks access.")

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


private_storage = PrivateFileStorage()
