from marketplace.messaging.services import unread_message_count


def unread_messages(request):
    """The envelope's count in the header (an int, for gettext's plural formulas)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_messages": 0}
    return {"unread_messages": unread_message_count(user)}
