# helper module for star-import
public_a = "A"
public_b = "B"
_hidden = "hidden"
