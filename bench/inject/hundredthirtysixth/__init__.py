"""Staff-notes store corpus: language modules and shared builders."""
