"""Language modules and shared builders for the store corpus `hundredseventh`."""
