"""Learned parts: the line classifier (`classifier`), its training code (`train`), the labelled bank
of boilerplate lines (`bank/`) and the injection benchmark (`inject`)."""
