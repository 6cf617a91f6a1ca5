"""The products & services catalogue of a party and its service norms, with their versions."""
