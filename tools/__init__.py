"""Developer tools for Journey Mapper (not shipped with the application)."""
