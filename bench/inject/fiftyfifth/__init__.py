"""Language modules for the fiftyfifth corpus (see gen_store_fiftyfifth.py)."""
