from themes.active import active_theme


def active_theme_context(request):
    return {"theme": getattr(request, "theme", None) or active_theme()}
