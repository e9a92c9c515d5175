"""Development tools of the moderation: data generators (`make_*`, `build_gazetteer`), head
training (`train_harms`, `train_political`) and measurement (`evaluate`). They read and write
`safety/data/`; the runtime modules never import them."""
