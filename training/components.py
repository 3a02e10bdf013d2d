"""`spacy train --code training/components.py`: registers gov_extract's pipeline components
(gov_extract_words: pkuseg word features for the character-level NER)."""
from gov_extract.nlp import register_components

register_components()
