#!/usr/bin/env python3
"""Counts sentences of an approved draft (expected.json) that fall into issue 11's classes 1, 2, 4 and 5,
judged on the fixture's own data (facts.json, rules/catalog.json, rules/thresholds.json), not on the
wording alone. Usage: scripts/count-issue11.py [FIXTURE_DIR…]; prints per year and class the count and,
with -v, each sentence.
  1  "fortfarande" where the previous comparable value is missing or on the other side of the threshold
  2  "stadigt"/"varje år" (variant steady) over a flat or opposite step; a dip/peak ("efter en nedgång",
     "sedan toppen") shallower than trend.minDipDepth (trend.minChange of the unit when that is absent)
  4  a long-run comparison (baseline, recovery, after_peak) whose last-year change reaches trend.minChange
     or goes the other way while no sentence states the last year; "mellan X och X" for a constant series
  5  a present-tense level, coverage, median or gap sentence on a series whose last value is older than
     the report year by stale.minAge years or more (2 when absent) or that ends before a series break; an
     utvecklingsområde whose basis rests only on such series
"""
import json, sys, os
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
verbose = '-v' in sys.argv
dirs = [a for a in sys.argv[1:] if a != '-v'] or [os.path.join(ROOT, 'fixtures/stockholm', y) for y in ('2024', '2023', '2018')]
rules = os.environ.get('RULES', os.path.join(ROOT, 'rules'))
catalog = json.load(open(os.path.join(rules, 'catalog.json')))
ths = json.load(open(os.path.join(rules, 'thresholds.json')))['thresholds']

def th(name, unit=None, base=None):
    for t in ths:
        if t['name'] == name and t.get('unit') in (None, unit) and (t.get('baseKind') == base or ('baseKind' not in t)):
            if t.get('unit') == unit and t.get('baseKind') == base:
                return Decimal(str(t['value']))
    for t in ths:
        if t['name'] == name and t.get('unit') in (None, unit) and 'baseKind' not in t:
            return Decimal(str(t['value']))
    return None

def change(unit, a, b):
    if unit in ('percent', 'mean_0_10'):
        return b - a
    base = abs(a) if a != 0 else Decimal(1)
    return (b - a) * 100 / base

for d in dirs:
    facts = json.load(open(os.path.join(d, 'facts.json')))
    draft = json.load(open(os.path.join(d, 'expected.json')))
    year = facts['year']
    inds = {i['id']: i for i in catalog['indicators']}
    inds.update({i['id']: i for i in facts.get('indicators', [])})
    series = {}
    for s in facts['series']:
        pts = [(p['year'], Decimal(str(p['value']))) for p in s['points'] if p.get('value') is not None]
        brk = max([n['year'] for n in s.get('notes', []) if n['kind'] == 'series_break' and n.get('year')] or [0])
        seg = [p for p in pts if p[0] >= brk] or pts
        series[(s['indicator'], s['group'])] = (inds[s['indicator']], seg, brk)
    minage = th('stale.minAge') or Decimal(2)

    def stale(key):
        ind, seg, brk = series[key]
        return bool(seg) and (year - seg[-1][0] >= minage or brk > seg[-1][0])

    def still_low(key):
        ind, seg, brk = series[key]
        t = th('level.low', ind['unit'], ind.get('baseKind'))
        return len(seg) >= 2 and t is not None and seg[-2][1] < t

    def still_gap(key):
        ind, seg, brk = series[key]
        if len(seg) < 2: return False
        v = seg[-2][1]
        short = 100 - v if ind['polarity'] == 'rise_good' else v
        return short >= th('coverage.minShortfall')

    counts = {1: [], 2: [], 4: [], 5: []}
    sents = [x for sec in draft['sections'] for x in sec['sentences']]
    areas = [x for sec in draft['sections'] for x in sec['developmentAreas']]
    byid = {x['id']: x for x in sents}
    lastyear_stated = {(x['indicator'], x['group']) for x in sents
                       if x['kind'] in ('trend_up', 'trend_down') and x['variant'].startswith('last_year') or x['kind'] == 'unchanged'}
    for x in sents:
        key = (x['indicator'], x['group'])
        ind, seg, brk = series[key]
        text = x['text']
        if 'fortfarande' in text:
            ok = still_low(key) if x['kind'] == 'low_level' else still_gap(key) if x['kind'] == 'coverage_gap' else False
            if not ok: counts[1].append(text)
        if x['kind'].startswith('trend') and x['variant'] == 'steady':
            span = [p for p in seg if x['years'][0] <= p[0] <= x['years'][-1]]
            sign = 1 if x['kind'] == 'trend_up' else -1
            if any((b[1] - a[1]) * sign <= 0 for a, b in zip(span, span[1:])):
                counts[2].append(text)
        if x['kind'].startswith('trend') and x['variant'] in ('recovery', 'after_peak'):
            depth_t = th('trend.minDipDepth', ind['unit']) or th('trend.minChange', ind['unit'])
            vals = [v for _, v in seg]
            if x['variant'] == 'recovery':
                i = vals.index(min(vals)); depth = -change(ind['unit'], max(vals[:i]), vals[i])
            else:
                i = vals.index(max(vals)); depth = change(ind['unit'], min(vals[:i]), vals[i])
            if depth < depth_t: counts[2].append(text)
        if x['kind'].startswith('trend') and x['variant'] in ('baseline', 'recovery', 'after_peak') and len(seg) >= 2:
            last = change(ind['unit'], seg[-2][1], seg[-1][1])
            up = x['kind'] == 'trend_up'
            reaches = abs(last) >= th('trend.minChange', ind['unit'])
            other_way = (last < 0) if up else (last > 0)
            if (reaches or other_way) and key not in lastyear_stated:
                counts[4].append(text)
        if x['kind'] == 'stable' and seg and min(v for _, v in seg) == max(v for _, v in seg) and 'mellan' in text:
            counts[4].append(text)
        if x['kind'] in ('low_level', 'high_level', 'coverage_gap', 'below_national_median', 'above_national_median',
                         'in_line_with_median', 'gender_gap', 'group_gap') and stale(key):
            counts[5].append(text)
    for a in areas:
        keys = [(byid[b]['indicator'], byid[b]['group']) for b in a['basis'] if b in byid]
        if 'fortfarande' in a['text'] and any(not still_low(k) for k in keys):
            counts[1].append(a['text'])
        if keys and all(stale(k) for k in keys):
            counts[5].append(a['text'])
    print(f"{year}: " + ", ".join(f"class {c}: {len(v)}" for c, v in counts.items()) + f" (of {len(sents)} sentences, {len(areas)} utvecklingsområden)")
    if verbose:
        for c, v in counts.items():
            for t in v:
                print(f"  [{c}] {t}")
