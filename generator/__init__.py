"""SDK generator: OpenAPI spec -> async Python SDK for Waylay services."""
