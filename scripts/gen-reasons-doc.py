#!/usr/bin/env python3
# Regenerate the "Every rule" table of docs/reasons.md from crates/claimscan/src/rules.rs.
# Run from the repository root: python3 scripts/gen-reasons-doc.py
import re
src=open('crates/claimscan/src/rules.rs').read()
rows=re.findall(r'^\s+(\w+) = "([^"]+)" (\w+): "((?:[^"\\]|\\.)*)";',src,re.M)
files={
 'attr:source-cue-content':'attribution/source_cue_content.rs','attr:content-source-cue':'attribution/post_posed.rs',
 'attr:content-cue-source':'attribution/post_posed.rs','attr:according-to':'attribution/according_to.rs',
 'attr:colon':'attribution/colon.rs','attr:speaker-label':'attribution/speaker_label.rs','attr:relative':'attribution/relative.rs',
 'attr:apposition':'attribution/apposition.rs','attr:participle':'attribution/participle.rs','attr:coordinated-verb':'attribution/coordinated.rs',
 'attr:passive-it':'attribution/passive_it.rs','attr:dash-credit':'attribution/dash_credit.rs',
 'attr:cue-sentence-after-quotation':'attribution/post_posed.rs','attr:continued-quotation':'attribution/continued_quotation.rs',
 'channel:leading-phrase':'attribution/source_cue_content.rs',
 'cue:lexicon:cues':'attribution/found.rs','attribution:direct:transcript-line':'attribution/speaker_label.rs',
 'source:apposition':'attribution/apposition.rs, attribution/noun_phrase.rs','source:apposition-name':'attribution/apposition.rs','source:apposition-description-first':'attribution/apposition.rs',
 'source:name-with-additions':'attribution/apposition.rs','source:speaker-label':'attribution/speaker_label.rs','source:unstated':'attribution/passive_it.rs',
}
import glob, os
sources={q: open(q).read() for q in glob.glob('crates/claimscan/src/**/*.rs', recursive=True) if not q.endswith('rules.rs')}
names={code: name for name, code, _, _ in rows}
def emitted_by(code):
    pat=re.compile(r'Rule::'+names[code]+r'\b')
    hits=sorted(os.path.relpath(q,'crates/claimscan/src') for q,t in sources.items() if pat.search(t))
    return ', '.join(hits)
def f(code):
    if code in files: return files[code]
    if emitted_by(code): return emitted_by(code)
    if code.startswith(('content:','channel:')): return 'attribution/content_after.rs'
    if code.startswith('attribution:'): return 'attribution/found.rs'
    if code.startswith('source:resolved') or code=='source:vague': return 'resolve.rs'
    if code.startswith('source:'): return 'attribution/noun_phrase.rs'
    if code.startswith('claim:'): return 'claims.rs'
    if code in ('hedge:condition','hedge:indirect-question'): return 'modality/condition.rs'
    if code in ('hedge:prediction','hedge:would-reported','hedge:would-hypothetical'): return 'modality/prediction.rs'
    if code == 'hedge:lexicon:hedges': return 'modality/cues.rs, modality/context.rs'
    if code == 'hedge:vague-source': return 'assemble.rs'
    if code == 'hedge:weasel-determiner': return 'modality/weasel.rs'
    if code.startswith('certainty:'): return 'modality/certainty.rs'
    if code == 'negation': return 'modality/negation.rs'
    if code.startswith(('condition','future')): return 'modality/mod.rs'
    if code.startswith('entity:'): return 'entities.rs'
    if code.startswith('score:'): return 'score.rs'
    raise Exception(code)
lines=['','## Every rule','','Generated from `crates/claimscan/src/rules.rs` (the `Rule` enum) by `scripts/gen-reasons-doc.py`;',
'`rules::tests::docs_list_every_rule` checks that this table and the enum agree. Files are under',
'`crates/claimscan/src/`. Rules that take an argument show it after the code (`source:pronoun:he`,',
"`score:has-a-quantity '40' +1.339`).",'',
'| code | emitted by | what it means |','|---|---|---|']
for name,code,fm,words in rows:
    words=re.sub(r'\\u\{([0-9a-f]+)\}', lambda m: chr(int(m.group(1),16)), words)
    lines.append(f'| `{code}` | `{f(code)}` | {words} |')
doc=open('docs/reasons.md').read()
if '## Every rule' in doc: doc=doc[:doc.index('\n## Every rule')]
doc=doc.replace("Entities carry no reasons in the report; the rules are:","Entities carry no reasons in the report yet; the rules they record are:")
open('docs/reasons.md','w').write(doc.rstrip('\n')+'\n'+'\n'.join(lines)+'\n')
print(len(rows))
