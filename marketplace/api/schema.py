def only_public_api(endpoints, **kwargs):
    """The OpenAPI document covers our API, not the admin's internal endpoints."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
