from marketplace.notifications.services import unread_count


def unread_notifications(request):
    """The bell's count. Every page with the header shows it, so it is counted eagerly: a lazy
    object would reach gettext's plural formula, which needs a real int."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": unread_count(user)}
