"""View models of the pages: what a page shows, computed from the services' answers. Pure."""
