"""Language data for the eightyseventh corpus; see common.py for the machinery."""
