"""Built-in pipeline components; importing this module registers them."""
