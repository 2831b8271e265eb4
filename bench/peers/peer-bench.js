#!/usr/bin/env node
// Warm in-process timings of the two JavaScript peers on one Fountain file.
//
//   node peer-bench.js FILE N
//
// Prints one JSON line:
//   {"file", "fjs": {"scenes", "parse_ms"},
//    "aw": {"scenes", "parse_ms", "paginate_ms", "pages_usletter", "pages_a4"}}
// Times are medians (ms) of N timed iterations after N warm-up iterations.
// A peer that throws is reported as {"error": "..."} instead.
//
// The peers are installed by bench/run.sh into DP_PEERS_DIR (default
// ${XDG_CACHE_HOME:-$HOME/.cache}/depouille/bench-peers), from bench/peers/package.json.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');

const peersDir = process.env.DP_PEERS_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'depouille', 'bench-peers');
const peerRequire = createRequire(path.join(peersDir, 'package.json'));

// afterwriting's CLI (awc.js) reads the file as utf8, applies its Settings defaults
// (js/core/model/settings.js; the CLI's only change is --setting, none here) and, in
// js/core/model/script-model.js, calls aw-parser then its own js/utils/liner.js.
// That liner is aw-liner 0.0.2 plus one fix (a word longer than the line is not
// missing a character), so we load the CLI's copy, like its print profiles.
const AW_PARSE_CFG = {
    print_headers: true,
    print_actions: true,
    print_dialogues: true,
    print_notes: false,
    print_sections: false,
    print_synopsis: false,
    each_scene_on_new_page: false,
    double_space_between_scenes: false,
    use_dual_dialogue: true,
    merge_multiple_empty_lines: true, // settings.merge_empty_lines
};
const AW_LINER_CFG = { text_more: '(MORE)', text_contd: "(CONT'D)", split_dialogue: true };

// Evaluates one of afterwriting's AMD modules (define(function (require) {...})).
function loadAmd(file, deps) {
    let exported;
    const define = (...args) => {
        exported = args.find(a => typeof a === 'function')(name => deps[name]);
    };
    new Function('define', fs.readFileSync(file, 'utf8'))(define);
    return exported;
}

function loadAw() {
    const awDir = path.dirname(peerRequire.resolve('afterwriting/package.json'));
    const { parser, helpers } = createRequire(path.join(awDir, 'package.json'))('aw-parser');
    const profiles = loadAmd(path.join(awDir, 'js/utils/print-profiles.js'), {
        'utils/browser': { url_params: () => ({}) },
        'utils/print-profile-util': {},
    });
    const Liner = loadAmd(path.join(awDir, 'js/utils/liner.js'), {});
    const liner = new Liner(helpers);
    const parse = src => parser.parse(src, AW_PARSE_CFG);
    const line = (parsed, profile) =>
        liner.line(parsed.tokens, Object.assign({ print: profiles[profile] }, AW_LINER_CFG));
    // Body pages of the CLI's PDF: pdfmaker starts a page per page_break line; the
    // title page (printed by default, even for a script without one) is not counted.
    const pages = (text, profile) => line(parse(text), profile).filter(l => l.type === 'page_break').length + 1;
    return { parse, line, pages };
}

function median(xs) {
    const s = xs.slice().sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Runs fn n times as warm-up, then n timed times; returns the median in ms.
function time(fn, n) {
    for (let i = 0; i < n; i++) fn();
    const ms = [];
    for (let i = 0; i < n; i++) {
        const t0 = process.hrtime.bigint();
        fn();
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return +median(ms).toFixed(3);
}

function peer(fn) {
    try {
        return fn();
    } catch (e) {
        return { error: String((e && e.message) || e).split('\n')[0] };
    }
}

const [file, nArg] = process.argv.slice(2);
const n = parseInt(nArg || '20', 10);
if (!file || !(n > 0)) {
    console.error('usage: node peer-bench.js FILE N');
    process.exit(2);
}
const src = fs.readFileSync(file, 'utf8');
const scenes = tokens => tokens.filter(t => t.type === 'scene_heading').length;

const fjs = peer(() => {
    const { Fountain } = peerRequire('fountain-js');
    const out = new Fountain().parse(src, true);
    return {
        scenes: scenes(out.tokens),
        parse_ms: time(() => new Fountain().parse(src, true), n),
    };
});

const aw = peer(() => {
    const a = loadAw();
    return {
        scenes: scenes(a.parse(src).tokens),
        parse_ms: time(() => a.parse(src), n),
        paginate_ms: time(() => a.line(a.parse(src), 'usletter'), n),
        pages_usletter: a.pages(src, 'usletter'),
        pages_a4: a.pages(src, 'a4'),
        // afterwriting wraps a line's trailing spaces onto an empty line of
        // their own: the same script without them, for a fair comparison
        pages_usletter_trimmed: a.pages(src.replace(/[ \t]+$/gm, ''), 'usletter'),
        pages_a4_trimmed: a.pages(src.replace(/[ \t]+$/gm, ''), 'a4'),
    };
});

console.log(JSON.stringify({ file, fjs, aw }));
