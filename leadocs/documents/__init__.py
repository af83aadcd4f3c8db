"""The documents leadocs makes: what each kind is, its template, its context, its builder."""
