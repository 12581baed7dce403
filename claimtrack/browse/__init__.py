"""Browse a claimtrack knowledge base in Datasette (`pip install claimtrack[browse]`)."""
