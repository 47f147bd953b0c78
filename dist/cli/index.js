#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 869:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(630)
const { safeRe: re, t } = __nccwpck_require__(929)
const cmp = __nccwpck_require__(428)
const debug = __nccwpck_require__(705)
const SemVer = __nccwpck_require__(861)
const Range = __nccwpck_require__(900)


/***/ }),

/***/ 900:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(873)
const cache = new LRU()

const parseOptions = __nccwpck_require__(630)
const Comparator = __nccwpck_require__(869)
const debug = __nccwpck_require__(705)
const SemVer = __nccwpck_require__(861)
const trimComparatorWhitespace = __nccwpck_require__(283)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(929)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(847)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(705)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(847)
const { safeRe: re, t } = __nccwpck_require__(929)

const parseOptions = __nccwpck_require__(630)
const { compareIdentifiers } = __nccwpck_require__(54)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 881:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(555)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 428:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(184)
const neq = __nccwpck_require__(292)
const gt = __nccwpck_require__(97)
const gte = __nccwpck_require__(810)
const lt = __nccwpck_require__(598)
const lte = __nccwpck_require__(63)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 279:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const parse = __nccwpck_require__(555)
const { safeRe: re, t } = __nccwpck_require__(929)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 322:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 348:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 123:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 613:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(555)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 184:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 97:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 810:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 940:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 598:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 63:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 981:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 953:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 292:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 555:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 34:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 676:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(555)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 507:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(123)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 410:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(322)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 749:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(900)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 386:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(322)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 620:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(555)
const constants = __nccwpck_require__(847)
const SemVer = __nccwpck_require__(861)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 426:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(555)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 626:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(929)
const constants = __nccwpck_require__(847)
const SemVer = __nccwpck_require__(861)
const identifiers = __nccwpck_require__(54)
const parse = __nccwpck_require__(555)
const valid = __nccwpck_require__(426)
const clean = __nccwpck_require__(881)
const inc = __nccwpck_require__(940)
const diff = __nccwpck_require__(613)
const major = __nccwpck_require__(981)
const minor = __nccwpck_require__(953)
const patch = __nccwpck_require__(34)
const prerelease = __nccwpck_require__(676)
const compare = __nccwpck_require__(123)
const rcompare = __nccwpck_require__(507)
const compareLoose = __nccwpck_require__(348)
const compareBuild = __nccwpck_require__(322)
const sort = __nccwpck_require__(386)
const rsort = __nccwpck_require__(410)
const gt = __nccwpck_require__(97)
const lt = __nccwpck_require__(598)
const eq = __nccwpck_require__(184)
const neq = __nccwpck_require__(292)
const gte = __nccwpck_require__(810)
const lte = __nccwpck_require__(63)
const cmp = __nccwpck_require__(428)
const coerce = __nccwpck_require__(279)
const truncate = __nccwpck_require__(620)
const Comparator = __nccwpck_require__(869)
const Range = __nccwpck_require__(900)
const satisfies = __nccwpck_require__(749)
const toComparators = __nccwpck_require__(519)
const maxSatisfying = __nccwpck_require__(575)
const minSatisfying = __nccwpck_require__(893)
const minVersion = __nccwpck_require__(232)
const validRange = __nccwpck_require__(739)
const outside = __nccwpck_require__(198)
const gtr = __nccwpck_require__(722)
const ltr = __nccwpck_require__(679)
const intersects = __nccwpck_require__(895)
const simplifyRange = __nccwpck_require__(86)
const subset = __nccwpck_require__(655)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 847:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 705:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 54:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 873:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 630:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 929:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(847)
const debug = __nccwpck_require__(705)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 283:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(847)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 722:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(198)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 895:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(900)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 679:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(198)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 575:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const Range = __nccwpck_require__(900)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 893:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const Range = __nccwpck_require__(900)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 232:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const Range = __nccwpck_require__(900)
const gt = __nccwpck_require__(97)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 198:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(861)
const Comparator = __nccwpck_require__(869)
const { ANY } = Comparator
const Range = __nccwpck_require__(900)
const satisfies = __nccwpck_require__(749)
const gt = __nccwpck_require__(97)
const lt = __nccwpck_require__(598)
const lte = __nccwpck_require__(63)
const gte = __nccwpck_require__(810)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 86:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(749)
const compare = __nccwpck_require__(123)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 655:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(900)
const Comparator = __nccwpck_require__(869)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(749)
const compare = __nccwpck_require__(123)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 519:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(900)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 739:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(900)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/ci/inputs.ts
class InputError extends Error {
    name = 'InputError';
}
class Inputs {
    runtime;
    table;
    constructor(runtime, table) {
        this.runtime = runtime;
        this.table = table;
    }
    spec(name) {
        const spec = this.table[name];
        if (!spec)
            throw new Error(`internal: input "${name}" is not declared in the action's input table`);
        return spec;
    }
    /** Trimmed value, or the declared default, or ''. */
    string(name) {
        const spec = this.spec(name);
        const raw = (this.runtime.rawInput(name) ?? '').trim();
        return raw !== '' ? raw : (spec.default ?? '');
    }
    /** True when the user gave a non-empty value (as opposed to the default). */
    given(name) {
        this.spec(name);
        return (this.runtime.rawInput(name) ?? '').trim() !== '';
    }
    bool(name) {
        const v = this.string(name).toLowerCase();
        if (['true', 'yes', '1', 'on'].includes(v))
            return true;
        if (['false', 'no', '0', 'off', ''].includes(v))
            return false;
        throw new InputError(`input "${name}" is "${this.string(name)}", which is not a boolean; use "true" or "false"`);
    }
    choice(name) {
        const spec = this.spec(name);
        const v = this.string(name);
        const options = spec.options ?? [];
        if (!options.includes(v)) {
            throw new InputError(`input "${name}" is "${v}"; expected one of: ${options.map((o) => `"${o}"`).join(', ')}`);
        }
        return v;
    }
    /** Newline- or comma-separated list, blank entries and `#` comments dropped. */
    list(name) {
        return this.string(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '' && !s.startsWith('#'));
    }
}

;// CONCATENATED MODULE: ./src/ci/action.ts
// How an action runs on any platform: one definition (inputs table + main/post functions),
// run by the GitHub entry bundles or by the CLI with a file-based runtime.

function message(e) {
    return e instanceof Error ? e.message : String(e);
}
/** Runs one phase; returns false when the phase failed the job. */
async function runPhase(def, phase, rt) {
    const ctx = { rt, inputs: new Inputs(rt, def.inputs) };
    if (phase === 'post') {
        if (!def.post)
            return true;
        try {
            await def.post(ctx);
        }
        catch (e) {
            rt.warning(`${def.name} post step: ${message(e)}`);
        }
        return true;
    }
    try {
        await def.main(ctx);
        return true;
    }
    catch (e) {
        rt.setFailed(message(e));
        if (e instanceof Error && e.stack)
            rt.debug(e.stack);
        return false;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/ci/file-runtime.ts
// Runtime for GitLab CI and local runs of the CLI: outputs, env, state and summaries are plain
// files in one directory (default `.go-ci-kit/` in the project), so later script lines and jobs
// can `source` the env file and GitLab can pick up `outputs.env` as a dotenv report.



/** Shell single-quoting for the sourceable env file (values are data, never code). */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** dotenv keys allowed by GitLab: [A-Za-z0-9_]. */
function dotenvKey(name) {
    return name.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}
function where(w) {
    if (!w?.file)
        return '';
    return `${w.file}${w.startLine ? `:${w.startLine}` : ''}${w.startColumn ? `:${w.startColumn}` : ''}: `;
}
class FileRuntime {
    opts;
    kind;
    outputs = new Map();
    failed;
    env;
    constructor(opts) {
        this.opts = opts;
        this.kind = opts.kind;
        this.env = opts.env ?? process.env;
        (0,external_node_fs_namespaceObject.mkdirSync)(opts.outDir, { recursive: true });
    }
    get outDir() {
        return this.opts.outDir;
    }
    get envFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'env.sh');
    }
    get outputsFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'outputs.json');
    }
    get dotenvFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'outputs.env');
    }
    get summaryFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'summary.md');
    }
    get stateFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, `state-${this.opts.action}.json`);
    }
    rawInput(name) {
        return this.opts.inputs.get(name);
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
        const all = (0,external_node_fs_namespaceObject.existsSync)(this.outputsFile)
            ? JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(this.outputsFile, 'utf8'))
            : {};
        all[name] = value;
        (0,external_node_fs_namespaceObject.writeFileSync)(this.outputsFile, JSON.stringify(all, null, 2) + '\n');
        // dotenv values are single-line; multi-line outputs (rare) are kept in outputs.json only.
        if (!value.includes('\n'))
            (0,external_node_fs_namespaceObject.appendFileSync)(this.dotenvFile, `${dotenvKey(name)}=${value}\n`);
    }
    exportVariable(name, value) {
        this.env[name] = value;
        (0,external_node_fs_namespaceObject.appendFileSync)(this.envFile, `export ${name}=${shellQuote(value)}\n`);
    }
    addPath(dir) {
        this.env.PATH = `${dir}${external_node_path_namespaceObject.delimiter}${this.env.PATH ?? ''}`;
        (0,external_node_fs_namespaceObject.appendFileSync)(this.envFile, `export PATH=${shellQuote(dir)}:"$PATH"\n`);
    }
    saveState(name, value) {
        const all = this.readState();
        all[name] = value;
        (0,external_node_fs_namespaceObject.writeFileSync)(this.stateFile, JSON.stringify(all, null, 2) + '\n');
    }
    getState(name) {
        return this.readState()[name] ?? '';
    }
    readState() {
        if (!(0,external_node_fs_namespaceObject.existsSync)(this.stateFile))
            return {};
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(this.stateFile, 'utf8'));
    }
    async appendSummary(markdown) {
        (0,external_node_fs_namespaceObject.appendFileSync)(this.summaryFile, markdown.endsWith('\n') ? markdown : markdown + '\n');
    }
    debug(message) {
        if (this.env.GO_CI_KIT_DEBUG === 'true' || this.env.CI_DEBUG_TRACE === 'true')
            process.stderr.write(`debug: ${message}\n`);
    }
    info(message) {
        process.stdout.write(`${message}\n`);
    }
    notice(message, w) {
        process.stdout.write(`notice: ${where(w)}${message}\n`);
    }
    warning(message, w) {
        process.stderr.write(`warning: ${where(w)}${message}\n`);
    }
    error(message, w) {
        process.stderr.write(`error: ${where(w)}${message}\n`);
    }
    setFailed(message) {
        this.failed = message;
        process.exitCode = 1;
        this.error(message);
    }
    tempDir() {
        return this.env.RUNNER_TEMP || external_node_path_namespaceObject.join(this.opts.outDir, 'tmp');
    }
    toolCacheDir() {
        if (this.env.RUNNER_TOOL_CACHE)
            return this.env.RUNNER_TOOL_CACHE;
        // On GitLab the tool cache must sit inside the project dir so `cache:` can keep it.
        if (this.kind === 'gitlab')
            return external_node_path_namespaceObject.join(this.opts.outDir, 'tool-cache');
        return external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.cache', 'go-ci-kit', 'tool-cache');
    }
    workDir() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'work');
    }
    event() {
        if (this.kind === 'gitlab') {
            const src = this.env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
            const dst = this.env.CI_MERGE_REQUEST_PROJECT_ID;
            return {
                name: this.env.CI_PIPELINE_SOURCE ?? '',
                fromFork: Boolean(src && dst && src !== dst),
                runId: this.env.CI_PIPELINE_ID ?? '',
                runAttempt: this.env.CI_JOB_ID ?? '',
            };
        }
        return { name: 'local', fromFork: false, runId: String(Date.now()), runAttempt: '1' };
    }
}

;// CONCATENATED MODULE: ./src/cache/inputs.ts
const cacheInputs = {
    cache: { default: 'true' },
    'cache-modules': { default: 'true' },
    'cache-build': { default: 'true' },
    'cache-dependency-path': { default: '**/go.sum' },
    'cache-save': { default: 'auto', options: ['auto', 'always', 'never'] },
    'cache-on-failure': { default: 'false' },
    'cache-backend': { default: 'auto', options: ['auto', 'github', 'dir'] },
    'cache-dir': {},
    'cache-dir-max-size': { default: '10G' },
};
const cacheOutputs = ['cache-hit', 'modules-cache-hit', 'build-cache-hit', 'modules-cache-key', 'build-cache-key'];

;// CONCATENATED MODULE: ./src/cache/index.ts
async function restoreCaches(ctx, leg) {
    ctx.rt.debug(`cache restore for Go ${leg.version} not wired yet`);
}
async function saveCaches(ctx) {
    ctx.rt.debug('cache save not wired yet');
}

;// CONCATENATED MODULE: ./src/go/arch.ts
// The one mapping between architecture spellings: Go's (amd64, arm64) as used by go.dev file names,
// GOARCH and our isolation dirs, and Node's/the runner's (x64, X64, ARM64) as used by the tool
// cache layout (hosted runners pre-install Go under go/<semver>/x64, so we use the same folder).

const table = [
    { go: 'amd64', toolCache: 'x64', aliases: ['amd64', 'x64', 'x86_64', 'x86-64'] },
    { go: 'arm64', toolCache: 'arm64', aliases: ['arm64', 'aarch64'] },
    { go: '386', toolCache: 'x86', aliases: ['386', 'x86', 'ia32', 'i386', 'i686'] },
    { go: 'armv6l', toolCache: 'arm', aliases: ['arm', 'armv6l', 'armv7l'] },
    { go: 'ppc64le', toolCache: 'ppc64', aliases: ['ppc64le', 'ppc64'] },
    { go: 's390x', toolCache: 's390x', aliases: ['s390x'] },
    { go: 'riscv64', toolCache: 'riscv64', aliases: ['riscv64'] },
    { go: 'loong64', toolCache: 'loong64', aliases: ['loong64'] },
];
/** Parses any accepted spelling (case-insensitive); undefined when unknown. */
function parseArch(text) {
    const t = text.trim().toLowerCase();
    const row = table.find((r) => r.aliases.includes(t));
    return row ? { go: row.go, toolCache: row.toolCache } : undefined;
}
function knownArchSpellings() {
    return table.flatMap((r) => r.aliases);
}
/** The architecture this process runs on. */
function hostArch() {
    const a = parseArch(external_node_os_namespaceObject.arch());
    if (!a)
        throw new Error(`this machine's architecture "${external_node_os_namespaceObject.arch()}" has no Go download`);
    return a;
}
/** GOARCH as Go reports it (GOHOSTARCH): armv6l downloads report "arm". */
function goarchOf(arch) {
    return arch.go === 'armv6l' ? 'arm' : arch.go;
}

;// CONCATENATED MODULE: ./src/go/go-version.ts
// Go's own version syntax and ordering (cmd/go/internal/gover), and its mapping to semver for the
// tool cache layout and semver ranges. Go does not use semver: "1.21" is a language version that
// sorts before "1.21rc1", which sorts before the first release "1.21.0"; before Go 1.21 the first
// release of a minor had no patch ("go1.20"), so "1.20" means 1.20.0.
const goVersionRe = /^(\d+)\.(\d+)(?:\.(\d+)|(alpha|beta|rc)(\d+)?)?$/;
/** Parses "1.23.4", "go1.23.4", "1.21rc1", "1.20", "1.21"; undefined when malformed. */
function parseGoVersion(text) {
    const m = goVersionRe.exec(text.trim().replace(/^go(?=\d)/, ''));
    if (!m)
        return undefined;
    const v = { major: Number(m[1]), minor: Number(m[2]) };
    if (m[3] !== undefined)
        v.patch = Number(m[3]);
    else if (m[4] !== undefined) {
        v.kind = m[4];
        v.pre = m[5] === undefined ? undefined : Number(m[5]);
    }
    else if (v.major === 1 && v.minor < 21) {
        v.patch = 0;
    }
    return v;
}
function cmpOpt(a, b) {
    // As in gover.cmpInt: a missing number sorts before any number.
    if (a === b)
        return 0;
    if (a === undefined)
        return -1;
    if (b === undefined)
        return 1;
    return a < b ? -1 : 1;
}
const kindOrder = { '': 0, alpha: 1, beta: 2, rc: 3 };
/** Go's toolchain ordering: -1, 0, 1. */
function compareGoVersions(a, b) {
    return (cmpOpt(a.major, b.major) ||
        cmpOpt(a.minor, b.minor) ||
        cmpOpt(a.patch, b.patch) ||
        cmpOpt(kindOrder[a.kind ?? ''], kindOrder[b.kind ?? '']) ||
        cmpOpt(a.pre, b.pre));
}
/** Go's spelling without the prefix, as `go env GOVERSION` prints it: 1.23.5, 1.20, 1.21rc1. */
function go_version_formatGoVersion(v) {
    const mm = `${v.major}.${v.minor}`;
    if (v.kind)
        return `${mm}${v.kind}${v.pre ?? ''}`;
    if (v.patch === undefined)
        return mm;
    if (v.major === 1 && v.minor < 21 && v.patch === 0)
        return mm;
    return `${mm}.${v.patch}`;
}
/** Semver spelling (tool cache folder, semver ranges): 1.20 → 1.20.0, 1.21rc1 → 1.21.0-rc.1. */
function toSemver(v) {
    const base = `${v.major}.${v.minor}.${v.patch ?? 0}`;
    return v.kind ? `${base}-${v.kind}.${v.pre ?? 0}` : base;
}
const semverRe = /^(\d+)\.(\d+)\.(\d+)(?:-(alpha|beta|rc)\.(\d+))?$/;
/** Inverse of toSemver (tool cache folder names); undefined for anything else. */
function fromSemver(text) {
    const m = semverRe.exec(text);
    if (!m)
        return undefined;
    if (m[4])
        return { major: Number(m[1]), minor: Number(m[2]), kind: m[4], pre: Number(m[5]) };
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}
function isRelease(v) {
    return v.kind === undefined && v.patch !== undefined;
}
function sameMinor(a, b) {
    return a.major === b.major && a.minor === b.minor;
}
/** Newest first. */
function sortNewestFirst(items, version) {
    return [...items].sort((a, b) => compareGoVersions(version(b), version(a)));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/go/http.ts
// Plain HTTP(S) GETs for the download index and archives (global fetch: follows go.dev's redirect
// to dl.google.com). A download streams into a file while hashing, gives up when the server
// stalls, and retries once on a network error or 5xx; a 4xx is final.


class HttpError extends Error {
    status;
    name = 'HttpError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function reason(e) {
    if (!(e instanceof Error))
        return String(e);
    const cause = e.cause;
    if (cause instanceof Error)
        return cause.message;
    return e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timed out' : e.message;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function withRetry(attempt, retryDelayMs) {
    try {
        return await attempt();
    }
    catch (e) {
        const status = e instanceof HttpError ? e.status : undefined;
        if (status !== undefined && status < 500)
            throw e;
        await sleep(retryDelayMs);
        return attempt();
    }
}
async function getText(url, timeoutMs = 30_000) {
    return withRetry(async () => {
        let res;
        try {
            res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (e) {
            throw new HttpError(reason(e));
        }
        if (!res.ok)
            throw new HttpError(`HTTP ${res.status}`, res.status);
        try {
            return await res.text();
        }
        catch (e) {
            throw new HttpError(reason(e));
        }
    }, 1000);
}
/** Streams url into dest (removed again on failure); fails when no byte arrives for stallMs. */
async function downloadFile(url, dest, opts = {}) {
    const stallMs = opts.stallMs ?? 60_000;
    return withRetry(async () => {
        const abort = new AbortController();
        let timer = setTimeout(() => abort.abort(), stallMs);
        const poke = () => {
            clearTimeout(timer);
            timer = setTimeout(() => abort.abort(), stallMs);
        };
        // A file handle (not a write stream) so that the file is closed before we delete it on failure.
        const out = await (0,promises_namespaceObject.open)(dest, 'w');
        let ok = false;
        try {
            let res;
            try {
                res = await fetch(url, { signal: abort.signal });
            }
            catch (e) {
                throw new HttpError(abort.signal.aborted ? `no answer within ${stallMs / 1000} s` : reason(e));
            }
            if (!res.ok || !res.body)
                throw new HttpError(`HTTP ${res.status}`, res.status);
            const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
            let size = 0;
            try {
                for await (const chunk of res.body) {
                    poke();
                    hash.update(chunk);
                    size += chunk.length;
                    await out.write(chunk);
                }
            }
            catch (e) {
                throw new HttpError(abort.signal.aborted ? `stalled: no data for ${stallMs / 1000} s after ${size} bytes` : `${reason(e)} after ${size} bytes`);
            }
            ok = true;
            return { sha256: hash.digest('hex'), size };
        }
        finally {
            clearTimeout(timer);
            await out.close();
            if (!ok)
                await (0,promises_namespaceObject.rm)(dest, { force: true });
        }
    }, opts.retryDelayMs ?? 1000);
}

;// CONCATENATED MODULE: ./src/go/download-index.ts
// The Go download site's JSON index (<base>/?mode=json&include=all, shape of go.dev/dl) and the
// choice of archive for an OS/arch. The base comes from go-download-base-url, else env
// GO_DOWNLOAD_BASE_URL, else https://go.dev/dl.



const defaultDownloadBase = 'https://go.dev/dl';
function resolveDownloadBase(input, env = process.env) {
    const given = input.trim() || (env.GO_DOWNLOAD_BASE_URL ?? '').trim();
    const base = (given || defaultDownloadBase).replace(/\/+$/, '');
    let ok = false;
    try {
        ok = ['http:', 'https:'].includes(new URL(base).protocol);
    }
    catch {
        ok = false;
    }
    if (!ok) {
        const from = input.trim() ? 'go-download-base-url' : 'GO_DOWNLOAD_BASE_URL';
        throw new InputError(`${from} "${given}" is not an http(s) URL; expected the Go download site or a mirror, e.g. ${defaultDownloadBase}`);
    }
    return base;
}
function indexUrl(base) {
    return `${base}/?mode=json&include=all`;
}
function archiveUrl(base, filename) {
    return `${base}/${encodeURIComponent(filename)}`;
}
class IndexError extends Error {
    name = 'IndexError';
}
/** Parses the index JSON; entries whose version Go would not parse (e.g. "go1") are dropped. */
function parseIndex(json, url) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        throw new IndexError(`the Go download index ${url} is not JSON; check go-download-base-url (a mirror must serve go.dev's ?mode=json index)`);
    }
    if (!Array.isArray(data))
        throw new IndexError(`the Go download index ${url} is not a JSON array of releases; check go-download-base-url`);
    const releases = [];
    for (const entry of data) {
        if (typeof entry?.version !== 'string')
            continue;
        const version = parseGoVersion(entry.version);
        if (!version)
            continue;
        const files = Array.isArray(entry.files) ? entry.files.filter((f) => typeof f?.filename === 'string') : [];
        releases.push({ version, name: entry.version, stable: entry.stable === true, files });
    }
    return releases;
}
async function fetchIndex(base, timeoutMs = 30_000) {
    const url = indexUrl(base);
    let text;
    try {
        text = await getText(url, timeoutMs);
    }
    catch (e) {
        const why = e instanceof HttpError ? e.message : String(e);
        throw new IndexError(`cannot read the Go download index ${url}: ${why}; check go-download-base-url (or env GO_DOWNLOAD_BASE_URL) and the runner's network, ` +
            `or use toolchain-source: local or tool-cache on an offline runner`);
    }
    return parseIndex(text, url);
}
/** The .tar.gz archive of a release for linux/<arch> (or the given OS). */
function pickArchive(release, arch, os = 'linux') {
    return release.files.find((f) => f.os === os && f.arch === arch.go && f.kind === 'archive' && f.filename.endsWith('.tar.gz'));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/process/run.ts
// Runs a program with an argv array (never a shell) and collects its output.

class CommandError extends Error {
    result;
    name = 'CommandError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
function describeCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
function run(file, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            timeout: opts.timeoutMs,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => {
            const why = e.code === 'ENOENT' ? `${file} was not found (is it installed and on PATH?)` : e.message;
            reject(new CommandError(`cannot run ${describeCommand(file, args)}: ${why}`));
        });
        child.on('close', (code, signal) => {
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (opts.check !== false && result.code !== 0) {
                const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
                reject(new CommandError(`${describeCommand(file, args)} exited with ${signal ? `signal ${signal}` : `code ${result.code}`}${tail ? `:\n${tail}` : ''}`, result));
                return;
            }
            resolve(result);
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading stdin */
        });
        child.stdin.end(opts.input ?? '');
    });
}

;// CONCATENATED MODULE: ./src/go/go-command.ts
// Runs a given `go` binary to learn what it really is. Every toolchain we hand out is proved this
// way, because a directory name, a VERSION file or a tool cache folder can lie.



function goBinOf(goroot) {
    return external_node_path_namespaceObject.join(goroot, 'bin', process.platform === 'win32' ? 'go.exe' : 'go');
}
/** Environment for asking a toolchain about itself: no switching, no inherited GOROOT. */
function probeEnv() {
    const env = { ...process.env, GOTOOLCHAIN: 'local' };
    delete env.GOROOT;
    return env;
}
/** `go env -json NAME...` of a binary, run from `cwd` (default: the binary's GOROOT, which has no go.mod). */
async function goEnvJson(goBin, names, cwd) {
    const r = await run(goBin, ['env', '-json', ...names], { cwd: cwd ?? external_node_path_namespaceObject.dirname(external_node_path_namespaceObject.dirname(goBin)), env: probeEnv(), timeoutMs: 60_000 });
    return JSON.parse(r.stdout);
}
class GorootError extends Error {
    name = 'GorootError';
}
/** Runs GOROOT/bin/go and returns what it reports; throws GorootError saying what is wrong with the tree. */
async function probeGoroot(goroot) {
    const bin = goBinOf(goroot);
    if (!(0,external_node_fs_namespaceObject.existsSync)(bin))
        throw new GorootError(`${goroot} is not a Go tree: ${bin} does not exist`);
    let env;
    try {
        env = await goEnvJson(bin, ['GOVERSION', 'GOROOT', 'GOHOSTOS', 'GOHOSTARCH']);
    }
    catch (e) {
        const why = e instanceof CommandError ? e.message : String(e);
        throw new GorootError(`${bin} does not run: ${why}`);
    }
    const version = (env.GOVERSION ?? '').replace(/^go/, '').split(/\s/)[0] ?? '';
    if (!version)
        throw new GorootError(`${bin} reports no GOVERSION`);
    return { version, goroot: env.GOROOT ?? goroot, goos: env.GOHOSTOS ?? '', goarch: env.GOHOSTARCH ?? '' };
}

;// CONCATENATED MODULE: ./src/go/gomod.ts
// Reads the `go` and `toolchain` directives of a go.mod or go.work file (pure).
function parseGoModDirectives(content) {
    const out = {};
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i].replace(/\/\/.*$/, '').trim();
        const m = /^(go|toolchain)\s+(\S+)$/.exec(text);
        if (!m)
            continue;
        // Custom toolchain names ("go1.23.4-bigcorp") keep their Go version before the suffix.
        const version = m[2].replace(/^go(?=\d)/, '').replace(/[-+].*$/, '');
        out[m[1]] ??= { version, line: i + 1, text };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/go/gomod-check.ts
// Whether the module (or workspace) a leg builds asks for a newer Go than the leg runs. Without
// this check a `toolchain` line silently switches a 1.21 leg to 1.23 (GOTOOLCHAIN=auto), and a
// `go` line makes the go command stop with a message that does not say how to fix the matrix.




function describe(file, line, directive, text, required, leg) {
    const legText = go_version_formatGoVersion(leg);
    const minor = `${leg.major}.${leg.minor}`;
    const effect = directive === 'go'
        ? `requires Go ${go_version_formatGoVersion(required)} or newer, but this matrix leg runs Go ${legText}; the go command will stop with "go: ${external_node_path_namespaceObject.basename(file)} requires go >= ${go_version_formatGoVersion(required)} (running go ${legText}; GOTOOLCHAIN=local)"`
        : `asks for Go ${go_version_formatGoVersion(required)}, but this matrix leg runs Go ${legText} (only GOTOOLCHAIN=local keeps it; under the default GOTOOLCHAIN=auto the go command would switch to go${go_version_formatGoVersion(required)} and the leg would not test Go ${minor} at all)`;
    return (`${file}:${line}: "${text}" ${effect}. ` +
        `Fix the matrix: drop Go ${minor} from it (or compute it with versions-range: go.mod..stable), ` +
        `or lower the ${directive} line if the module really supports Go ${minor}.`);
}
/** go.work and go.mod of `dir` (those present), checked against the leg's version. */
function findNewerRequirements(dir, legVersion, displayBase = process.cwd()) {
    const leg = parseGoVersion(legVersion);
    if (!leg)
        return [];
    const found = [];
    for (const name of ['go.work', 'go.mod']) {
        const abs = external_node_path_namespaceObject.join(dir, name);
        if (!(0,external_node_fs_namespaceObject.existsSync)(abs))
            continue;
        const shown = external_node_path_namespaceObject.relative(displayBase, abs) || abs;
        const d = parseGoModDirectives((0,external_node_fs_namespaceObject.readFileSync)(abs, 'utf8'));
        for (const directive of ['go', 'toolchain']) {
            const hit = d[directive];
            const required = hit && parseGoVersion(hit.version);
            if (!hit || !required || compareGoVersions(required, leg) <= 0)
                continue;
            found.push({
                file: shown,
                line: hit.line,
                directive,
                required: go_version_formatGoVersion(required),
                leg: legVersion,
                message: describe(shown, hit.line, directive, hit.text, required, leg),
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/go/isolation.ts
// Per-version GOPATH, GOCACHE and GOMODCACHE for one leg, so two Go versions in one job (or on
// one persistent runner) never share or clobber each other's module and build caches.


function legDirs(workDir, version, arch) {
    const root = external_node_path_namespaceObject.join(workDir, `go-${version}-${arch.go}`);
    return { root, gopath: external_node_path_namespaceObject.join(root, 'gopath'), gocache: external_node_path_namespaceObject.join(root, 'gocache'), gomodcache: external_node_path_namespaceObject.join(root, 'gomodcache') };
}
function createLegDirs(dirs) {
    for (const d of [dirs.gopath, external_node_path_namespaceObject.join(dirs.gopath, 'bin'), dirs.gocache, dirs.gomodcache])
        (0,external_node_fs_namespaceObject.mkdirSync)(d, { recursive: true });
}

;// CONCATENATED MODULE: ./src/go/local-goroots.ts
// Preinstalled Go trees named by the local-goroots input (directories or globs, `~` = home).
// A tree counts only when its bin/go runs and reports a version; trees are used in place (see
// find-installed.ts for why they are not copied into the tool cache).






function expandHome(p, home = external_node_os_namespaceObject.homedir()) {
    if (p === '~')
        return home;
    if (p.startsWith('~/'))
        return external_node_path_namespaceObject.join(home, p.slice(2));
    return p;
}
function segmentRegExp(segment) {
    let re = '';
    for (const ch of segment) {
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Expands `*` and `?` in any path segment; returns existing directories, sorted. */
function expandGlob(pattern) {
    const abs = external_node_path_namespaceObject.resolve(expandHome(pattern));
    const segments = abs.split(external_node_path_namespaceObject.sep).filter(Boolean);
    let current = [external_node_path_namespaceObject.sep];
    for (const seg of segments) {
        const next = [];
        const wild = /[*?]/.test(seg);
        for (const dir of current) {
            if (!wild) {
                const p = external_node_path_namespaceObject.join(dir, seg);
                if ((0,external_node_fs_namespaceObject.existsSync)(p))
                    next.push(p);
                continue;
            }
            let names;
            try {
                names = (0,external_node_fs_namespaceObject.readdirSync)(dir);
            }
            catch {
                continue;
            }
            const re = segmentRegExp(seg);
            for (const n of names.sort())
                if (re.test(n))
                    next.push(external_node_path_namespaceObject.join(dir, n));
        }
        current = next;
    }
    return current.filter((p) => {
        try {
            return (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
        }
        catch {
            return false;
        }
    });
}
/** Probes every tree the patterns match (in parallel); skipped trees are reported through `note`. */
async function findLocalGoroots(patterns, arch, note = () => { }) {
    const seen = new Set();
    const dirs = [];
    for (const pattern of patterns) {
        for (const dir of expandGlob(pattern)) {
            const real = (0,external_node_fs_namespaceObject.realpathSync)(dir);
            if (seen.has(real))
                continue;
            seen.add(real);
            dirs.push(dir);
        }
    }
    const probed = await Promise.all(dirs.map(async (goroot) => {
        try {
            const facts = await probeGoroot(goroot);
            const version = parseGoVersion(facts.version);
            if (!version)
                note(`${goroot}: bin/go reports "${facts.version}", not a Go release`);
            else if (facts.goarch !== goarchOf(arch))
                note(`${goroot}: Go ${facts.version} is for ${facts.goarch}, not ${arch.go}`);
            else
                return { version, goroot };
        }
        catch (e) {
            note(e instanceof Error ? e.message : String(e));
        }
        return undefined;
    }));
    return probed.filter((x) => x !== undefined);
}

;// CONCATENATED MODULE: ./src/go/tool-cache.ts
// The tool cache layout, shared with actions/setup-go and the hosted runners' pre-installed Go:
// <toolCacheDir>/go/<semver>/<arch> plus a sibling <arch>.complete marker written last.
// Read here without @actions/tool-cache so callers can pass the directory explicitly.



function toolCachePath(toolCacheDir, version, arch) {
    return external_node_path_namespaceObject.join(toolCacheDir, 'go', toSemver(version), arch.toolCache);
}
function completeMarker(installDir) {
    return `${installDir}.complete`;
}
/** Complete Go installs in the tool cache for one arch (folders without the marker are ignored). */
function listToolCache(toolCacheDir, arch) {
    const root = external_node_path_namespaceObject.join(toolCacheDir, 'go');
    if (!(0,external_node_fs_namespaceObject.existsSync)(root))
        return [];
    const found = [];
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)(root)) {
        const version = fromSemver(name);
        if (!version)
            continue;
        const goroot = external_node_path_namespaceObject.join(root, name, arch.toolCache);
        if ((0,external_node_fs_namespaceObject.existsSync)(goroot) && (0,external_node_fs_namespaceObject.existsSync)(completeMarker(goroot)))
            found.push({ version, goroot });
    }
    return found;
}

// EXTERNAL MODULE: ../../main/node_modules/semver/index.js
var semver = __nccwpck_require__(626);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/go/version-spec.ts
// What a user may ask for in go-version (or a version file): an exact Go version, a semver-style
// range over releases, or the stable/oldstable aliases; and how a spec picks from candidates.



const specExamples = '"1.23", "1.23.4", "1.23.x", "^1.22", ">=1.21 <1.24", "stable" or "oldstable"';
/** Parses a spec; `source` names where it came from (input name or file) for the error. */
function parseToolchainSpec(text, source = 'go-version') {
    const raw = text.trim();
    if (raw === '')
        throw new InputError(`${source} is empty; expected e.g. ${specExamples}`);
    const t = raw.toLowerCase().replace(/^go(?=\d)/, '');
    if (t === 'stable' || t === 'oldstable')
        return { kind: 'alias', text: raw, alias: t };
    // Full releases and prereleases are exact; "1.23" alone means the newest 1.23.x, as in setup-go.
    if (/^\d+\.\d+\.\d+$/.test(t) || /^\d+\.\d+(alpha|beta|rc)\d+$/.test(t)) {
        const version = parseGoVersion(t);
        if (version)
            return { kind: 'exact', text: raw, version };
    }
    const bare = t.replace(/(^|[\s<>=^~])go(?=\d)/g, '$1');
    // semver would read letters loosely ("1.2x"); only x/X wildcards are meaningful in a Go range.
    const range = /[a-wyz]/.test(bare) ? null : semver_default().validRange(bare);
    if (range)
        return { kind: 'range', text: raw, range };
    throw new InputError(`${source} "${raw}" is not a Go version or range; expected e.g. ${specExamples}`);
}
function describeSpec(spec) {
    return spec.kind === 'exact' ? formatGoVersion(spec.version) : spec.text;
}
/** Whether v satisfies an exact or range spec (aliases need the release list: see pickVersion). */
function satisfies(spec, v) {
    if (spec.kind === 'exact')
        return compareGoVersions(spec.version, v) === 0;
    if (spec.kind === 'range')
        return isRelease(v) && semver_default().satisfies(toSemver(v), spec.range);
    return false;
}
/**
 * Picks the version a spec means among candidates. For aliases the candidates must be the full
 * list of stable releases known to the caller (the download index, or what is installed):
 * stable = newest; oldstable = newest patch of the minor before the newest.
 */
function pickVersion(spec, candidates) {
    const newest = sortNewestFirst(candidates, (v) => v);
    if (spec.kind !== 'alias')
        return newest.find((v) => satisfies(spec, v));
    const releases = newest.filter(isRelease);
    const top = releases[0];
    if (!top || spec.alias === 'stable')
        return top;
    return releases.find((v) => v.major < top.major || (v.major === top.major && v.minor < top.minor));
}

;// CONCATENATED MODULE: ./src/go/find-installed.ts
// Finds a Go that is already on this machine: in the tool cache or in a preinstalled local tree,
// and proves it by running its bin/go. Used by setup-go-matrix (before any download) and by
// abi-diff (base-go/head-go: a version, or a GOROOT path).
//
// Local trees are used in place, not copied into the tool cache: Debian's /usr/lib/go-X is a
// symlink-heavy tree (src, api, test -> /usr/share/go-X) that works as it is; copying means
// dereferencing ~250 MB per version on every fresh runner, and the package manager owns the tree.
// Because a package upgrade can change the Go under a path, every use proves the version again.







class VersionMismatchError extends Error {
    name = 'VersionMismatchError';
}
/** Fails when bin/go under goroot is not the version we expected. */
function assertReports(expected, facts, goroot, where) {
    const reported = parseGoVersion(facts.version);
    if (!reported || compareGoVersions(reported, expected) !== 0) {
        throw new VersionMismatchError(`${where} ${goroot} should hold Go ${go_version_formatGoVersion(expected)}, but ${goBinOf(goroot)} reports go${facts.version}; ` +
            `remove or fix that tree, or ask for go-version ${facts.version}`);
    }
}
function looksLikePath(text) {
    return /^(\/|~|\.\.?\/)/.test(text.trim());
}
/** A GOROOT given as a path: proved and returned with source "local". */
async function goAtPath(goroot, arch) {
    const dir = expandHome(goroot.trim());
    if (!(0,external_node_fs_namespaceObject.existsSync)(dir))
        throw new GorootError(`GOROOT ${dir} does not exist`);
    const facts = await probeGoroot(dir);
    if (arch && facts.goarch !== goarchOf(arch))
        throw new GorootError(`Go in ${dir} is for ${facts.goarch}, not ${arch.go}`);
    return { version: facts.version, goroot: dir, source: 'local', facts };
}
/**
 * The installed Go matching spec (a ToolchainSpec, a spec string, or a GOROOT path), proved by
 * running it; undefined when nothing installed matches. Throws when a match does not report the
 * version it claims to be.
 */
async function findInstalledGo(spec, opts) {
    if (typeof spec === 'string' && looksLikePath(spec))
        return goAtPath(spec, opts.arch);
    const s = typeof spec === 'string' ? parseToolchainSpec(spec) : spec;
    const sources = opts.sources ?? ['tool-cache', 'local'];
    const cached = sources.includes('tool-cache') ? listToolCache(opts.toolCacheDir, opts.arch) : [];
    // Local trees are only probed when needed: each probe runs a go binary.
    let local;
    const locals = async () => (local ??= sources.includes('local') ? await findLocalGoroots(opts.localGoroots, opts.arch, opts.note) : []);
    let target = s;
    if (s.kind === 'alias') {
        // stable/oldstable relative to what is installed: the caller decided not to ask the index.
        const all = [...cached.map((c) => c.version), ...(await locals()).map((l) => l.version)];
        const v = pickVersion(s, all);
        if (!v)
            return undefined;
        target = { kind: 'exact', text: go_version_formatGoVersion(v), version: v };
    }
    for (const source of sources) {
        const pool = source === 'tool-cache' ? cached : await locals();
        const v = pickVersion(target, pool.map((p) => p.version));
        if (!v)
            continue;
        const hit = pool.find((p) => compareGoVersions(p.version, v) === 0);
        const facts = await probeGoroot(hit.goroot);
        assertReports(v, facts, hit.goroot, source === 'tool-cache' ? 'tool cache folder' : 'local GOROOT');
        return { version: facts.version, goroot: hit.goroot, source, facts };
    }
    return undefined;
}


;// CONCATENATED MODULE: ./src/go/install.ts
// Installs a Go release archive into the tool cache, all or nothing: download into the job's
// temp dir, check size and sha256 against the index BEFORE extracting, extract, check for the
// top-level go/ folder, prove bin/go reports the release, then move the tree into
// <tool cache>/go/<semver>/<arch> and write the .complete marker last. Any failure removes
// everything it created, so the tool cache never holds a partial or unverified Go.
//
// @actions/tool-cache is not used for this: its downloadTool neither checks size nor hash and
// sleeps 10-20 s between retries; its cacheDir copies (not atomic) and it reads its directories
// from RUNNER_TOOL_CACHE/RUNNER_TEMP, while the CLI and GitLab pass them explicitly.










class InstallError extends Error {
    name = 'InstallError';
}
/** Returns the GOROOT in the tool cache. */
async function installRelease(req) {
    const { release, file } = req;
    const url = archiveUrl(req.base, file.filename);
    const name = go_version_formatGoVersion(release.version);
    const fail = (why, what = 'nothing was installed') => new InstallError(`Go ${name}: ${why}; ${what}`);
    if (!/^[0-9a-f]{64}$/i.test(file.sha256 ?? '')) {
        throw fail(`the download index lists no sha256 for ${file.filename}, so it cannot be verified`, 'use a mirror that serves go.dev\'s index with checksums');
    }
    (0,external_node_fs_namespaceObject.mkdirSync)(req.tempDir, { recursive: true });
    const work = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_namespaceObject.join(req.tempDir, 'go-install-'));
    const finalDir = toolCachePath(req.toolCacheDir, release.version, req.arch);
    const versionDir = external_node_path_namespaceObject.dirname(finalDir);
    const versionDirExisted = (0,external_node_fs_namespaceObject.existsSync)(versionDir);
    let placed = false;
    try {
        const archive = external_node_path_namespaceObject.join(work, file.filename);
        req.log?.(`Downloading ${url}`);
        let got;
        try {
            got = await downloadFile(url, archive, { stallMs: req.stallMs });
        }
        catch (e) {
            const why = e instanceof HttpError ? e.message : String(e);
            throw fail(`cannot download ${url}: ${why}`, 'check go-download-base-url (or GO_DOWNLOAD_BASE_URL); nothing was installed');
        }
        if (typeof file.size === 'number' && file.size > 0 && got.size !== file.size) {
            throw fail(`${url} is ${got.size} bytes but the download index says ${file.size} (truncated or wrong file)`, 'nothing was extracted or installed; retry, or check the mirror');
        }
        if (got.sha256.toLowerCase() !== file.sha256.toLowerCase()) {
            throw fail(`checksum mismatch for ${url}: sha256 ${got.sha256}, the download index says ${file.sha256}`, 'nothing was extracted or installed; the file or the mirror is corrupt');
        }
        const extracted = external_node_path_namespaceObject.join(work, 'x');
        (0,external_node_fs_namespaceObject.mkdirSync)(extracted);
        try {
            await run('tar', ['-xzf', archive, '-C', extracted, '--no-same-owner'], { timeoutMs: 10 * 60_000 });
        }
        catch (e) {
            const why = e instanceof CommandError ? e.message.split('\n').slice(1).filter((l) => !/not recoverable|Child returned/.test(l)).slice(-2).join('; ') || e.message : String(e);
            throw fail(`${file.filename} passed its checksum but does not extract (${why})`, 'nothing was installed');
        }
        const top = (0,external_node_fs_namespaceObject.readdirSync)(extracted);
        const staged = external_node_path_namespaceObject.join(extracted, 'go');
        if (!top.includes('go') || !(0,external_node_fs_namespaceObject.existsSync)(external_node_path_namespaceObject.join(staged, 'bin'))) {
            throw fail(`${file.filename} has no top-level go/ folder with bin/ (found: ${top.join(', ') || 'nothing'}); it is not a Go release archive`);
        }
        assertReports(release.version, await probeGoroot(staged), staged, 'the archive');
        // Move into place: a rename when temp and tool cache share a filesystem, else copy to a hidden
        // sibling first so the final folder only ever appears complete.
        (0,external_node_fs_namespaceObject.rmSync)(finalDir, { recursive: true, force: true });
        (0,external_node_fs_namespaceObject.rmSync)(completeMarker(finalDir), { force: true });
        (0,external_node_fs_namespaceObject.mkdirSync)(versionDir, { recursive: true });
        try {
            (0,external_node_fs_namespaceObject.renameSync)(staged, finalDir);
        }
        catch (e) {
            if (e.code !== 'EXDEV')
                throw e;
            const hidden = external_node_path_namespaceObject.join(versionDir, `.partial-${(0,external_node_crypto_namespaceObject.randomUUID)()}`);
            try {
                (0,external_node_fs_namespaceObject.cpSync)(staged, hidden, { recursive: true, verbatimSymlinks: true });
                (0,external_node_fs_namespaceObject.renameSync)(hidden, finalDir);
            }
            finally {
                (0,external_node_fs_namespaceObject.rmSync)(hidden, { recursive: true, force: true });
            }
        }
        placed = true;
        (0,external_node_fs_namespaceObject.writeFileSync)(completeMarker(finalDir), '');
        return finalDir;
    }
    catch (e) {
        if (placed)
            (0,external_node_fs_namespaceObject.rmSync)(finalDir, { recursive: true, force: true });
        (0,external_node_fs_namespaceObject.rmSync)(completeMarker(finalDir), { force: true });
        if (!versionDirExisted) {
            try {
                (0,external_node_fs_namespaceObject.rmdirSync)(versionDir);
                if ((0,external_node_fs_namespaceObject.readdirSync)(external_node_path_namespaceObject.dirname(versionDir)).length === 0)
                    (0,external_node_fs_namespaceObject.rmdirSync)(external_node_path_namespaceObject.dirname(versionDir));
            }
            catch {
                // not empty or never created
            }
        }
        throw e;
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/go/obtain.ts








function list(versions) {
    const v = sortNewestFirst(versions, (x) => x).map(go_version_formatGoVersion);
    return v.length ? v.join(', ') : 'none';
}
async function installedOnly(spec, o, sources) {
    return findInstalledGo(spec, { toolCacheDir: o.toolCacheDir, localGoroots: o.localGoroots, arch: o.arch, sources, note: o.debug });
}
async function download(spec, o, releases) {
    const pick = pickVersion(spec, releases.map((r) => r.version));
    if (!pick) {
        const newest = list(releases.filter((r) => r.stable).map((r) => r.version)).split(', ').slice(0, 5).join(', ');
        throw new Error(`${o.asked} matches no Go release in the download index ${indexUrl(o.base)} (newest there: ${newest}); ask for a listed version, e.g. "1.23" or "stable"`);
    }
    const release = releases.find((r) => go_version_formatGoVersion(r.version) === go_version_formatGoVersion(pick));
    const file = pickArchive(release, o.arch);
    if (!file)
        throw new Error(`Go ${go_version_formatGoVersion(pick)} has no linux/${o.arch.go} .tar.gz archive in the download index ${indexUrl(o.base)}; check the architecture input`);
    const goroot = await installRelease({ base: o.base, release, file, arch: o.arch, toolCacheDir: o.toolCacheDir, tempDir: o.tempDir, stallMs: o.stallMs, log: o.info });
    const facts = await probeGoroot(goroot);
    assertReports(pick, facts, goroot, 'tool cache folder');
    return { version: facts.version, goroot, source: 'download', facts };
}
/** A Go for the spec, already proved: its bin/go reported the resolved version. */
async function obtainGo(spec, o) {
    let target = spec;
    if (spec.kind === 'alias' && (o.source === 'auto' || o.source === 'download')) {
        // stable/oldstable mean what go.dev says; installed trees only answer when the index cannot.
        try {
            const v = pickVersion(spec, (await o.index()).filter((r) => r.stable).map((r) => r.version));
            if (v)
                target = { kind: 'exact', text: go_version_formatGoVersion(v), version: v };
            o.info(`${spec.alias} is Go ${v ? go_version_formatGoVersion(v) : '(none)'} according to ${indexUrl(o.base)}`);
        }
        catch (e) {
            if (!(e instanceof IndexError) || o.source === 'download')
                throw e;
            o.warning(`${e.message}; resolving "${spec.alias}" against the Go toolchains installed on this runner instead`);
        }
    }
    if (o.source === 'download')
        return download(target, o, await o.index());
    const sources = o.source === 'auto' ? ['tool-cache', 'local'] : [o.source];
    const found = await installedOnly(target, o, sources);
    if (found)
        return found;
    if (o.source === 'tool-cache') {
        const have = listToolCache(o.toolCacheDir, o.arch).map((c) => c.version);
        throw new Error(`${o.asked} matches no Go in the tool cache ${o.toolCacheDir}/go (${o.arch.toolCache}: ${list(have)}); toolchain-source is "tool-cache", so nothing is downloaded; ` +
            `use toolchain-source: auto or download, or ask for an installed version`);
    }
    if (o.source === 'local') {
        const skipped = [];
        const have = await findLocalGoroots(o.localGoroots, o.arch, (m) => skipped.push(m));
        const found = have.length ? have.map((l) => `${go_version_formatGoVersion(l.version)} (${l.goroot})`).join(', ') : 'none';
        throw new Error(`${o.asked} matches no local Go tree (local-goroots: ${o.localGoroots.join(', ')}; found: ${found}` +
            `${skipped.length ? `; skipped: ${skipped.join('; ')}` : ''}); toolchain-source is "local"; ` +
            `install that Go there, add its directory to local-goroots, or use toolchain-source: auto`);
    }
    let releases;
    try {
        releases = await o.index();
    }
    catch (e) {
        if (!(e instanceof IndexError))
            throw e;
        throw new Error(`${o.asked} matches no Go in the tool cache or local GOROOTs, and ${e.message}`);
    }
    return download(target, o, releases);
}

;// CONCATENATED MODULE: ./src/go/matrix-range.ts
// versions-range: the matrix instead of an install. ">=1.19 <=1.23" (any go-version range) or
// "<from>..<to>" with from/to = go.mod (the module's go line), stable, oldstable or a version;
// the answer is the newest release of each minor in range, oldest first.



const expected = 'expected a range such as ">=1.19 <=1.23", "1.21..stable" or "go.mod..stable"';
function parseBound(text, whole) {
    const t = text.trim().toLowerCase();
    if (t === 'go.mod')
        return { kind: 'go.mod' };
    if (t === 'stable' || t === 'oldstable')
        return { kind: 'alias', alias: t };
    const version = parseGoVersion(t);
    if (version)
        return { kind: 'version', version };
    throw new InputError(`versions-range "${whole}": "${text.trim()}" is not go.mod, stable, oldstable or a Go version; ${expected}`);
}
function parseVersionsRange(text) {
    const t = text.trim();
    const dots = t.indexOf('..');
    if (dots >= 0 && !/^[\d.]+$/.test(t))
        return { kind: 'span', from: parseBound(t.slice(0, dots), t), to: parseBound(t.slice(dots + 2), t) };
    try {
        const spec = parseToolchainSpec(t, 'versions-range');
        if (spec.kind === 'range')
            return { kind: 'spec', spec };
    }
    catch {
        // reported below with the range-specific examples
    }
    throw new InputError(`versions-range "${t}" is not a range; ${expected}`);
}
function minorOf(v) {
    return { major: v.major, minor: v.minor, patch: v.major === 1 && v.minor < 21 ? 0 : undefined };
}
/**
 * Newest release per minor within the range, oldest first. `releases` are the candidates (index
 * stable releases, or installed versions); `goModGo` is the module's go line for a go.mod bound.
 */
function computeMatrix(range, releases, goModGo) {
    const stable = releases.filter(isRelease);
    let inRange;
    if (range.kind === 'spec') {
        inRange = (v) => satisfies(range.spec, v);
    }
    else {
        const bound = (b) => {
            if (b.kind === 'go.mod')
                return goModGo && minorOf(goModGo);
            if (b.kind === 'version')
                return minorOf(b.version);
            const v = pickVersion({ kind: 'alias', text: b.alias, alias: b.alias }, stable);
            return v && minorOf(v);
        };
        const lo = bound(range.from);
        const hi = bound(range.to);
        if (!lo || !hi)
            return [];
        inRange = (v) => compareGoVersions(minorOf(v), lo) >= 0 && compareGoVersions(minorOf(v), hi) <= 0;
    }
    const newestPerMinor = new Map();
    for (const v of sortNewestFirst(stable.filter(inRange), (x) => x)) {
        const key = `${v.major}.${v.minor}`;
        if (!newestPerMinor.has(key))
            newestPerMinor.set(key, v);
    }
    return [...newestPerMinor.values()].reverse();
}
function formatMatrix(versions) {
    return JSON.stringify(versions.map(go_version_formatGoVersion));
}

;// CONCATENATED MODULE: ./src/go/version-file.ts
// go-version-file: which Go a repository asks for. go.mod/go.work: the toolchain directive if
// present, else the go directive; .tool-versions: the `golang` (asdf) or `go` (mise) line;
// anything else (.go-version): the first non-comment line.




function readVersionFile(file, cwd = process.cwd()) {
    const abs = external_node_path_namespaceObject.resolve(cwd, file);
    if (!(0,external_node_fs_namespaceObject.existsSync)(abs)) {
        throw new InputError(`go-version-file "${file}" does not exist (looked at ${abs}); give a path relative to the workspace, e.g. go.mod`);
    }
    const content = (0,external_node_fs_namespaceObject.readFileSync)(abs, 'utf8');
    const base = external_node_path_namespaceObject.basename(abs);
    if (base.endsWith('.mod') || base.endsWith('.work')) {
        const d = parseGoModDirectives(content);
        const hit = d.toolchain ?? d.go;
        if (!hit)
            throw new InputError(`go-version-file "${file}" has neither a toolchain nor a go directive; add e.g. "go 1.23" to it`);
        return { spec: hit.version, file, line: hit.line, what: d.toolchain ? 'toolchain directive' : 'go directive' };
    }
    const lines = content.split(/\r?\n/);
    if (base === '.tool-versions') {
        for (let i = 0; i < lines.length; i++) {
            const m = /^\s*(golang|go)\s+(\S+)/.exec(lines[i]);
            if (m)
                return { spec: m[2], file, line: i + 1, what: `${m[1]} entry` };
        }
        throw new InputError(`go-version-file "${file}" has no "golang" line; add e.g. "golang 1.23.4"`);
    }
    for (let i = 0; i < lines.length; i++) {
        const t = lines[i].trim();
        if (t !== '' && !t.startsWith('#'))
            return { spec: t, file, line: i + 1, what: 'version' };
    }
    throw new InputError(`go-version-file "${file}" is empty; write a version such as 1.23.4 in it`);
}

;// CONCATENATED MODULE: ./src/actions/setup-go-matrix/request.ts
// Reads what a setup-go-matrix step asks for: the Go spec (go-version or go-version-file), the
// architecture, the working directory and the download site.







function readArch(ctx) {
    const { inputs } = ctx;
    const host = hostArch();
    if (!inputs.given('architecture'))
        return host;
    const text = inputs.string('architecture');
    const arch = parseArch(text);
    if (!arch)
        throw new InputError(`architecture "${text}" is not known; expected one of: ${knownArchSpellings().join(', ')}`);
    // The leg is proved by running its go binary, so it must run here (386 runs on amd64 Linux).
    if (arch.go !== host.go && !(arch.go === '386' && host.go === 'amd64')) {
        throw new InputError(`architecture "${text}" (${arch.go}) cannot run on this ${host.go} runner, and setup-go-matrix proves each leg by running its Go; ` +
            `use a runner of that architecture, or keep the runner's Go and set GOARCH=${arch.go} when building to cross-compile`);
    }
    return arch;
}
function readWorkingDirectory(ctx) {
    const given = ctx.inputs.string('working-directory');
    const dir = external_node_path_namespaceObject.resolve(given);
    if (!(0,external_node_fs_namespaceObject.existsSync)(dir) || !(0,external_node_fs_namespaceObject.statSync)(dir).isDirectory()) {
        throw new InputError(`working-directory "${given}" is not a directory (looked at ${dir})`);
    }
    return dir;
}
function readSpec(ctx) {
    const { inputs, rt } = ctx;
    const version = inputs.string('go-version');
    const file = inputs.string('go-version-file');
    if (version && file)
        rt.warning(`both go-version ("${version}") and go-version-file ("${file}") are set; using go-version`);
    if (version)
        return { spec: parseToolchainSpec(version, 'go-version'), asked: `go-version "${version}"` };
    if (file) {
        const found = readVersionFile(file);
        const where = `go-version-file "${file}" (line ${found.line}, ${found.what})`;
        return { spec: parseToolchainSpec(found.spec, where), asked: `${where} "${found.spec}"` };
    }
    throw new InputError('neither go-version nor go-version-file is set; set go-version (e.g. "1.23"), go-version-file (e.g. "go.mod"), or versions-range to compute a matrix');
}
function readRequest(ctx) {
    const { inputs } = ctx;
    return {
        ...readSpec(ctx),
        source: inputs.choice('toolchain-source'),
        arch: readArch(ctx),
        workingDirectory: readWorkingDirectory(ctx),
        base: resolveDownloadBase(inputs.string('go-download-base-url')),
        localGoroots: inputs.list('local-goroots'),
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-go-matrix/range-mode.ts
// versions-range mode: output the matrix (newest patch per minor) and install nothing.










function usesGoMod(r) {
    return r.kind === 'span' && (r.from.kind === 'go.mod' || r.to.kind === 'go.mod');
}
function goLineOf(dir, text) {
    for (const name of ['go.work', 'go.mod']) {
        const file = external_node_path_namespaceObject.join(dir, name);
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            continue;
        const go = parseGoModDirectives((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')).go;
        const v = go && parseGoVersion(go.version);
        if (v)
            return v;
        throw new InputError(`versions-range "${text}" needs the go line of ${file}, which has none`);
    }
    throw new InputError(`versions-range "${text}" needs the module's go line, but ${external_node_path_namespaceObject.join(dir, 'go.mod')} does not exist; set working-directory to the module`);
}
async function runRangeMode(ctx) {
    const { rt, inputs } = ctx;
    const text = inputs.string('versions-range');
    const range = parseVersionsRange(text);
    const goModGo = usesGoMod(range) ? goLineOf(readWorkingDirectory(ctx), text) : undefined;
    const base = resolveDownloadBase(inputs.string('go-download-base-url'));
    let candidates;
    let where;
    try {
        candidates = (await fetchIndex(base)).filter((r) => r.stable).map((r) => r.version);
        where = `the download index ${indexUrl(base)}`;
    }
    catch (e) {
        if (!(e instanceof IndexError))
            throw e;
        const arch = readArch(ctx);
        const local = await findLocalGoroots(inputs.list('local-goroots'), arch, (m) => rt.debug(m));
        candidates = [...listToolCache(rt.toolCacheDir(), arch), ...local].map((c) => c.version);
        where = 'the Go toolchains on this runner (tool cache and local-goroots)';
        rt.warning(`${e.message}. versions-range "${text}" was computed from ${where} instead, so it may miss newer releases`);
    }
    const versions = computeMatrix(range, candidates, goModGo);
    if (versions.length === 0) {
        throw new Error(`versions-range "${text}" matches no Go release in ${where}${goModGo ? ` (go.mod's go line: ${go_version_formatGoVersion(goModGo)})` : ''}`);
    }
    const json = formatMatrix(versions);
    rt.setOutput('versions', json);
    rt.info(`versions-range "${text}" → ${json} (from ${where})`);
    await rt.appendSummary(`**setup-go-matrix** versions-range \`${text}\` → \`${json}\` (from ${where})\n`);
}

;// CONCATENATED MODULE: ./src/actions/setup-go-matrix/summary.ts
function cell(text) {
    return text.replace(/\|/g, '\\|');
}
function summaryRow(leg, source, ms) {
    const took = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
    return [
        '| Go | source | GOROOT | time |',
        '| --- | --- | --- | --- |',
        `| ${cell(leg.version)} | ${cell(source)} | \`${cell(leg.goroot)}\` | ${took} |`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/setup-go-matrix/definition.ts











async function setupLeg(ctx) {
    const { rt, inputs } = ctx;
    const started = performance.now();
    const req = readRequest(ctx);
    let index;
    const go = await obtainGo(req.spec, {
        source: req.source,
        arch: req.arch,
        toolCacheDir: rt.toolCacheDir(),
        localGoroots: req.localGoroots,
        tempDir: rt.tempDir(),
        base: req.base,
        index: () => (index ??= fetchIndex(req.base)),
        asked: req.asked,
        info: (m) => rt.info(m),
        warning: (m) => rt.warning(m),
        debug: (m) => rt.debug(m),
    });
    // obtainGo proved the leg where it will run from (its bin/go reported the resolved version);
    // the same facts tell us the tree's architecture.
    const facts = go.facts;
    if (facts.goarch !== goarchOf(req.arch)) {
        throw new Error(`${goBinOf(go.goroot)} is for ${facts.goarch}, but architecture is ${req.arch.go}; remove that tree or change architecture`);
    }
    const dirs = legDirs(rt.workDir(), facts.version, req.arch);
    createLegDirs(dirs);
    const leg = {
        version: facts.version,
        goroot: go.goroot,
        goBin: goBinOf(go.goroot),
        goos: facts.goos,
        goarch: facts.goarch,
        gopath: dirs.gopath,
        gocache: dirs.gocache,
        gomodcache: dirs.gomodcache,
        workingDirectory: req.workingDirectory,
    };
    rt.exportVariable('GOROOT', leg.goroot);
    rt.exportVariable('GOTOOLCHAIN', 'local');
    rt.exportVariable('GOPATH', leg.gopath);
    rt.exportVariable('GOCACHE', leg.gocache);
    rt.exportVariable('GOMODCACHE', leg.gomodcache);
    // Added last = first on PATH: this leg's go wins over anything installed into GOPATH/bin.
    rt.addPath(`${leg.gopath}/bin`);
    rt.addPath(`${leg.goroot}/bin`);
    for (const newer of findNewerRequirements(leg.workingDirectory, leg.version)) {
        if (inputs.choice('on-go-mod-newer') === 'error')
            throw new Error(`${newer.message} Set on-go-mod-newer: warn to run this leg anyway.`);
        rt.warning(newer.message, { file: newer.file, startLine: newer.line, title: `${newer.file} needs a newer Go than this leg` });
    }
    await restoreCaches(ctx, leg);
    rt.setOutput('go-version', leg.version);
    rt.setOutput('go-root', leg.goroot);
    rt.setOutput('go-source', go.source);
    rt.info(`Go ${leg.version} (${go.source}) at ${leg.goroot}; GOPATH ${leg.gopath}, GOCACHE ${leg.gocache}, GOMODCACHE ${leg.gomodcache}`);
    await rt.appendSummary(summaryRow(leg, go.source, performance.now() - started));
}
const setupGoMatrix = {
    name: 'setup-go-matrix',
    inputs: {
        'go-version': {},
        'go-version-file': {},
        'toolchain-source': { default: 'auto', options: ['auto', 'tool-cache', 'local', 'download'] },
        'local-goroots': { default: '/usr/local/go\n/usr/lib/go-*\n~/sdk/go*' },
        'go-download-base-url': {},
        architecture: {},
        'versions-range': {},
        'on-go-mod-newer': { default: 'error', options: ['error', 'warn'] },
        'working-directory': { default: '.' },
        ...cacheInputs,
    },
    outputs: ['go-version', 'go-root', 'go-source', 'versions', ...cacheOutputs],
    async main(ctx) {
        if (ctx.inputs.given('versions-range'))
            return runRangeMode(ctx);
        return setupLeg(ctx);
    },
    async post(ctx) {
        await saveCaches(ctx);
    },
};

;// CONCATENATED MODULE: ./src/actions/abi-diff/definition.ts
const abiDiff = {
    name: 'abi-diff',
    inputs: {},
    outputs: [],
    async main() {
        throw new Error('abi-diff is not implemented yet');
    },
};

;// CONCATENATED MODULE: ./src/actions/sonar-go-compat/definition.ts
const sonarGoCompat = {
    name: 'sonar-go-compat',
    inputs: {},
    outputs: [],
    async main() {
        throw new Error('sonar-go-compat is not implemented yet');
    },
};

;// CONCATENATED MODULE: ./src/actions/registry.ts



const actions = [setupGoMatrix, abiDiff, sonarGoCompat];

;// CONCATENATED MODULE: ./src/ci/cli.ts
// `go-ci-kit <action> [--post] [--out-dir DIR] [--<input> VALUE]...`: runs an action outside
// GitHub (GitLab CI, a shell, a laptop). Flags are the action's inputs. Outputs are printed as
// JSON on stdout's last line and written to <out-dir>/outputs.json and outputs.env (dotenv);
// variables to export are appended to <out-dir>/env.sh for `source`.




function usage() {
    const lines = ['usage: go-ci-kit <action> [--post] [--out-dir DIR] [--<input> VALUE]...', '', 'actions:'];
    for (const def of actions)
        lines.push(`  ${def.name}  inputs: ${Object.keys(def.inputs).map((n) => `--${n}`).join(' ')}`);
    return lines.join('\n');
}
function parseArgs(argv) {
    const [action, ...rest] = argv;
    if (!action || action === '--help' || action === '-h')
        throw new Error(usage());
    const def = actions.find((a) => a.name === action);
    if (!def)
        throw new Error(`unknown action "${action}"\n${usage()}`);
    const inputs = new Map();
    let post = false;
    let outDir;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('--'))
            throw new Error(`unexpected argument "${arg}"; inputs are given as --<input> VALUE`);
        const eq = arg.indexOf('=');
        const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        const takeValue = () => {
            if (inline !== undefined)
                return inline;
            const next = rest[i + 1];
            if (next === undefined || next.startsWith('--'))
                return 'true';
            i++;
            return next;
        };
        if (name === 'post') {
            post = true;
            continue;
        }
        if (name === 'out-dir') {
            outDir = takeValue();
            continue;
        }
        if (!(name in def.inputs)) {
            throw new Error(`${action} has no input "${name}"; its inputs are: ${Object.keys(def.inputs).join(', ')}`);
        }
        const value = takeValue();
        // A repeated list input accumulates, one entry per line.
        inputs.set(name, inputs.has(name) ? `${inputs.get(name)}\n${value}` : value);
    }
    return { action, post, outDir, inputs };
}
async function main(argv) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (e) {
        process.stderr.write(`${e.message}\n`);
        return 2;
    }
    const def = actions.find((a) => a.name === args.action);
    const gitlab = process.env.GITLAB_CI === 'true';
    const base = gitlab && process.env.CI_PROJECT_DIR ? process.env.CI_PROJECT_DIR : process.cwd();
    const outDir = external_node_path_namespaceObject.resolve(args.outDir ?? process.env.GO_CI_KIT_DIR ?? external_node_path_namespaceObject.join(base, '.go-ci-kit'));
    const rt = new FileRuntime({ kind: gitlab ? 'gitlab' : 'local', outDir, action: def.name, inputs: args.inputs });
    // @actions/tool-cache reads these from the environment.
    process.env.RUNNER_TOOL_CACHE ??= rt.toolCacheDir();
    process.env.RUNNER_TEMP ??= rt.tempDir();
    const ok = await runPhase(def, args.post ? 'post' : 'main', rt);
    process.stdout.write(`${JSON.stringify(Object.fromEntries(rt.outputs))}\n`);
    return ok ? 0 : 1;
}


/***/ }),

/***/ 210:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ci_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(569);
// The `go-ci-kit` command (npm bin): see src/ci/cli.ts.

process.exitCode = await (0,_ci_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(210);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
