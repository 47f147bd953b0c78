import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
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

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
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

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

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

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

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

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

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

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

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

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

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

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

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

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
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

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

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

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
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

/***/ 5101:
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

/***/ 1159:
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

/***/ 3348:
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

/***/ 1383:
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

/***/ 356:
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

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
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

/***/ 9737:
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
} = __nccwpck_require__(5101)

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

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

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

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
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

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

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

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

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

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
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

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

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

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ abiDiff)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/process/run.ts
var run = __nccwpck_require__(7212);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/fs/on-path.ts
// Finds a program on PATH as it is found for a command run without a shell (Node's spawn, libuv):
// the PATH entries in order (`:` on Unix, `;` on Windows, where the variable may be spelled
// `Path`), the first regular file that is executable by us on Unix, or on Windows that is
// name.com or name.exe (or the name as given when it has an extension). PATHEXT (.cmd, .bat...) is
// cmd.exe's rule, not this one: Node refuses to run a .cmd or .bat without a shell.


/** The file `name` resolves to on PATH, or undefined when there is none. */
function findOnPath(name, search) {
    const env = search.env ?? process.env;
    const exts = search.windows ? (search.extensions ?? [...(external_node_path_.extname(name) ? [''] : []), '.com', '.exe']) : [''];
    const join = search.join ?? ((dir, file) => external_node_path_.join(dir, file));
    for (const dir of (env.PATH ?? env.Path ?? '').split(search.windows ? ';' : ':')) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const file = join(dir, name + ext);
            try {
                if (!(0,external_node_fs_.statSync)(file).isFile())
                    continue;
                if (!search.windows)
                    (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
                return file;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
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
    const a = parseArch(external_node_os_.arch());
    if (!a)
        throw new Error(`this machine's architecture "${external_node_os_.arch()}" has no Go download`);
    return a;
}
/** GOARCH as Go reports it (GOHOSTARCH): armv6l downloads report "arm". */
function goarchOf(arch) {
    return arch.go === 'armv6l' ? 'arm' : arch.go;
}

;// CONCATENATED MODULE: ./src/go/platform.ts
// The platform a Go toolchain is for, and what follows from it: GOOS and architecture, the `.exe`
// suffix, how paths of that OS join (path.posix or path.win32), the PATH list separator and the
// kind of archive go.dev ships for it (.zip for windows, .tar.gz for the rest). The one place that
// maps Node's platform to GOOS. Product code takes a Platform as a parameter whose default is
// hostPlatform(), so a darwin or windows leg can be described (and tested) on any machine.


const goosOfNode = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
    openbsd: 'openbsd',
    netbsd: 'netbsd',
    aix: 'aix',
    android: 'android',
    sunos: 'solaris',
};
/** GOOS for a Node platform name; undefined where Go has no port. */
function goosOf(nodePlatform) {
    return goosOfNode[nodePlatform];
}
function platformFor(goos, arch) {
    const windows = goos === 'windows';
    return {
        goos,
        arch,
        exeSuffix: windows ? '.exe' : '',
        path: windows ? external_node_path_.win32 : external_node_path_.posix,
        listSeparator: windows ? ';' : ':',
        archiveKind: windows ? 'zip' : 'tar.gz',
    };
}
/** This machine (with another architecture when given, e.g. a 386 leg on amd64). */
function platform_hostPlatform(arch = hostArch()) {
    return platformFor(goosOf(process.platform) ?? process.platform, arch);
}
/** A program's file name on the platform: go → go.exe on windows. */
function exeName(name, platform = platform_hostPlatform()) {
    return name + platform.exeSuffix;
}
/** GOROOT/bin/go (go.exe). */
function goBinOf(goroot, platform = platform_hostPlatform()) {
    return platform.path.join(goroot, 'bin', exeName('go', platform));
}
/** GOROOT/pkg/tool/<goos>_<goarch>: where the go command looks for `go tool` programs. */
function toolDirOf(goroot, platform = platform_hostPlatform()) {
    return platform.path.join(goroot, 'pkg', 'tool', `${platform.goos}_${goarchOf(platform.arch)}`);
}
/** GOROOT/pkg/tool/<goos>_<goarch>/<tool>(.exe), e.g. nm.exe on windows. */
function toolBinOf(goroot, tool, platform = platform_hostPlatform()) {
    return platform.path.join(toolDirOf(goroot, platform), exeName(tool, platform));
}
/** `<goos>/<goarch>` as go.dev and error messages spell it. */
function describePlatform(platform) {
    return `${platform.goos}/${platform.arch.go}`;
}

;// CONCATENATED MODULE: ./src/go/go-command.ts
// Runs a given `go` binary to learn what it really is. Every toolchain we hand out is proved this
// way, because a directory name, a VERSION file or a tool cache folder can lie.





/** The GOROOT of a go binary as the go command finds its own: the directory above its resolved bin/. Throws when goBin does not resolve. */
function gorootOfGoBin(goBin) {
    return external_node_path_.dirname(external_node_path_.dirname((0,external_node_fs_.realpathSync)(goBin)));
}
/**
 * The command that runs `go tool <tool>` with this go: the tool binary itself when it is where the
 * go command would look (GOROOT/pkg/tool/GOHOSTOS_GOHOSTARCH, nm.exe on windows, GOROOT being the
 * directory above the resolved bin/go), else `go tool <tool>`. Running the tool directly skips the
 * go command's own start (~20 ms per call on a 2-core runner); the tool is the same file either
 * way. Since Go 1.25 the binary distributions leave out tools the build does not use, nm among
 * them, and `go tool` builds them on demand (golang/go#71867): that is the fallback.
 */
function goToolCommand(goBin, tool, platform = platform_hostPlatform()) {
    try {
        const bin = toolBinOf(gorootOfGoBin(goBin), tool, platform);
        if ((0,external_node_fs_.statSync)(bin).isFile())
            return [bin];
    }
    catch {
        // not a standard tree (a wrapper, a toolchain shim): let the go command find its tool
    }
    return [goBin, 'tool', tool];
}
/**
 * What a GOROOT says it is without running anything: the release in its VERSION file (first line,
 * `go1.23.5`) when its go binary and its tools for the platform are there (bin/go(.exe),
 * pkg/tool/<goos>_<goarch>). Undefined for trees that lack either (devel builds, wrappers): those
 * are probed. Only for picking among trees; the tree picked is still proved by probeGoroot, since
 * a VERSION file can lie.
 */
function readGorootRelease(goroot, platform = platform_hostPlatform()) {
    try {
        if (!(0,external_node_fs_.statSync)(toolDirOf(goroot, platform)).isDirectory())
            return undefined;
        if (!(0,external_node_fs_.existsSync)(goBinOf(goroot, platform)))
            return undefined;
    }
    catch {
        return undefined;
    }
    const first = gorootVersionLine(goroot) ?? '';
    return /^go\d+\.\d+(\.\d+)?$/.test(first) ? first.slice(2) : undefined;
}
/** The first line of GOROOT/VERSION (`go1.23.5` in a release), undefined when there is none (a source checkout). */
function gorootVersionLine(goroot) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(goroot, 'VERSION'), 'utf8').split('\n', 1)[0]?.trim();
    }
    catch {
        return undefined;
    }
}
/**
 * The GOROOT of a go binary (a GoTool's goBin): the directory above its resolved bin/, as the go
 * command finds its own, else what `go env GOROOT` says (a wrapper script, an unusual layout).
 */
async function gorootOf(goBin, env) {
    try {
        const root = gorootOfGoBin(goBin);
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(root, 'src', 'runtime')))
            return root;
    }
    catch {
        // not a file we can resolve: ask the go command
    }
    return (await (0,run/* run */.eF)(goBin, ['env', 'GOROOT'], { env })).stdout.trim();
}
/** Environment for asking a toolchain about itself: no switching, no inherited GOROOT. */
function probeEnv() {
    const env = { ...process.env, GOTOOLCHAIN: 'local' };
    delete env.GOROOT;
    return env;
}
/** `go env -json NAME...` of a binary, run from `cwd` (default: the binary's GOROOT, which has no go.mod). */
async function goEnvJson(goBin, names, cwd) {
    const r = await (0,run/* run */.eF)(goBin, ['env', '-json', ...names], {
        cwd: cwd ?? external_node_path_.dirname(external_node_path_.dirname(goBin)),
        env: probeEnv(),
        timeoutMs: 60_000,
    });
    return JSON.parse(r.stdout);
}
class GorootError extends Error {
    name = 'GorootError';
}
/** Runs GOROOT/bin/go and returns what it reports; throws GorootError saying what is wrong with the tree. */
async function probeGoroot(goroot, platform = platform_hostPlatform()) {
    const bin = goBinOf(goroot, platform);
    if (!(0,external_node_fs_.existsSync)(bin))
        throw new GorootError(`${goroot} is not a Go tree: ${bin} does not exist`);
    let env;
    try {
        env = await goEnvJson(bin, ['GOVERSION', 'GOROOT', 'GOHOSTOS', 'GOHOSTARCH']);
    }
    catch (e) {
        const why = e instanceof run/* CommandError */.Qd ? e.message : String(e);
        throw new GorootError(`${bin} does not run: ${why}`);
    }
    const version = (env.GOVERSION ?? '').replace(/^go/, '').split(/\s/)[0] ?? '';
    if (!version)
        throw new GorootError(`${bin} reports no GOVERSION`);
    return { version, goroot: env.GOROOT ?? goroot, goos: env.GOHOSTOS ?? '', goarch: env.GOHOSTARCH ?? '' };
}

// EXTERNAL MODULE: ./src/go/go-version.ts
var go_version = __nccwpck_require__(5519);
;// CONCATENATED MODULE: ./src/go/local-goroots.ts
// Preinstalled Go trees named by the local-goroots input (directories or globs, `~` = home).
// A tree counts only when its bin/go runs and reports a version; trees are used in place (see
// find-installed.ts for why they are not copied into the tool cache).






/** Default of the local-goroots input (setup-go-matrix and abi-diff look in the same places): the go.dev tarball's home, Debian/Ubuntu packages, `go install golang.org/dl/...` downloads. */
const defaultLocalGoroots = '/usr/local/go\n/usr/lib/go-*\n~/sdk/go*';
function expandHome(p, home = external_node_os_.homedir()) {
    if (p === '~')
        return home;
    if (p.startsWith('~/'))
        return external_node_path_.join(home, p.slice(2));
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
    const abs = external_node_path_.resolve(expandHome(pattern));
    const segments = abs.split(external_node_path_.sep).filter(Boolean);
    let current = [external_node_path_.sep];
    for (const seg of segments) {
        const next = [];
        const wild = /[*?]/.test(seg);
        for (const dir of current) {
            if (!wild) {
                const p = external_node_path_.join(dir, seg);
                if ((0,external_node_fs_.existsSync)(p))
                    next.push(p);
                continue;
            }
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(dir);
            }
            catch {
                continue;
            }
            const re = segmentRegExp(seg);
            for (const n of names.sort())
                if (re.test(n))
                    next.push(external_node_path_.join(dir, n));
        }
        current = next;
    }
    return current.filter((p) => {
        try {
            return (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            return false;
        }
    });
}
/**
 * Every tree the patterns match, for the platform's GOOS and architecture. A release tree is listed from its VERSION file and
 * tool directory without running it (a probe is a process start per tree, ten of them on a runner
 * with many Go installs); other trees are probed (in parallel). Whoever picks a tree proves it
 * (findInstalledGo). Skipped trees are reported through `note`.
 */
async function findLocalGoroots(patterns, platform, note = () => { }, prove = (goroot) => probeGoroot(goroot, platform)) {
    const arch = platform.arch;
    const seen = new Set();
    const dirs = [];
    for (const pattern of patterns) {
        for (const dir of expandGlob(pattern)) {
            const real = (0,external_node_fs_.realpathSync)(dir);
            if (seen.has(real))
                continue;
            seen.add(real);
            dirs.push(dir);
        }
    }
    const probed = await Promise.all(dirs.map(async (goroot) => {
        const release = readGorootRelease(goroot, platform);
        const listed = release === undefined ? undefined : (0,go_version/* parseGoVersion */.SX)(release);
        if (listed)
            return { version: listed, goroot };
        try {
            const facts = await prove(goroot);
            const version = (0,go_version/* parseGoVersion */.SX)(facts.version);
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

// EXTERNAL MODULE: ./src/process/sha256.ts + 1 modules
var sha256 = __nccwpck_require__(5436);
;// CONCATENATED MODULE: ./src/go/tool-cache.ts
// The tool cache layout, shared with actions/setup-go (through @actions/tool-cache's cacheDir and
// find) and the hosted runners' preinstalled Go:
//
//   <RUNNER_TOOL_CACHE>/go/<semver>/<arch>            e.g. /opt/hostedtoolcache/go/1.23.5/x64,
//   <RUNNER_TOOL_CACHE>/go/<semver>/<arch>.complete   C:\hostedtoolcache\windows\go\1.23.5\x64
//                                                     (on hosted Windows a junction to D:),
//                                                     /Users/runner/hostedtoolcache/go/1.23.5/arm64
//   <RUNNER_TOOL_CACHE>/go-<hash>/<semver>/<arch>     actions/setup-go's installs from a
//                                                     go-download-base-url: <hash> is the first 8
//                                                     hex digits of sha256(base URL without trailing
//                                                     slashes), so a mirror's build never poses as
//                                                     the runner's preinstalled go.dev one.
//
// <arch> is Node's spelling (x64, arm64, x86: Arch.toolCache), the folder holds the GOROOT (bin/,
// pkg/, src/ ...), and the .complete marker is written last: a folder without it is ignored.
// Read here with our own listing rather than @actions/tool-cache's find(): find reads the
// directory from RUNNER_TOOL_CACHE (the CLI and GitLab pass it explicitly) and matches semver
// ranges, while Go specs have their own syntax (src/go/version-spec.ts).




/** The tool folder of Go downloaded from `base` by actions/setup-go: `go` for go.dev, `go-<hash>` for a mirror. */
function setupGoToolName(base, defaultBase) {
    if (base === undefined || base === defaultBase)
        return 'go';
    return `go-${sha256Hex(base).slice(0, 8)}`;
}
function toolCachePath(toolCacheDir, version, platform = hostPlatform(), tool = 'go') {
    return platform.path.join(toolCacheDir, tool, toSemver(version), platform.arch.toolCache);
}
function completeMarker(installDir) {
    return `${installDir}.complete`;
}
/**
 * Complete Go installs in the tool cache for one platform's arch (folders without the marker are
 * ignored), from the tool folders given (default `go`; the first listed wins for one version).
 */
function listToolCache(toolCacheDir, platform = platform_hostPlatform(), tools = ['go']) {
    const found = [];
    for (const tool of tools) {
        const root = platform.path.join(toolCacheDir, tool);
        if (!(0,external_node_fs_.existsSync)(root))
            continue;
        for (const name of (0,external_node_fs_.readdirSync)(root)) {
            const version = (0,go_version/* fromSemver */.pe)(name);
            if (!version || found.some((f) => (0,go_version/* toSemver */.Ud)(f.version) === name))
                continue;
            const goroot = platform.path.join(root, name, platform.arch.toolCache);
            if ((0,external_node_fs_.existsSync)(goroot) && (0,external_node_fs_.existsSync)(completeMarker(goroot)))
                found.push({ version, goroot });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/errors/input-error.ts
var input_error = __nccwpck_require__(3712);
;// CONCATENATED MODULE: ./src/go/version-spec.ts
// What a user may ask for in go-version (or a version file): an exact Go version, a semver-style
// range over releases, or the stable/oldstable aliases; and how a spec picks from candidates.



const specExamples = '"1.23", "1.23.4", "1.23.x", "^1.22", ">=1.21 <1.24", "stable" or "oldstable"';
/** Parses a spec; `source` names where it came from (input name or file) for the error. */
function parseToolchainSpec(text, source = 'go-version') {
    const raw = text.trim();
    if (raw === '')
        throw new input_error/* InputError */.d(`${source} is empty; expected e.g. ${specExamples}`);
    const t = raw.toLowerCase().replace(/^go(?=\d)/, '');
    if (t === 'stable' || t === 'oldstable')
        return { kind: 'alias', text: raw, alias: t };
    // Full releases and prereleases are exact; "1.23" alone means the newest 1.23.x, as in setup-go.
    if (/^\d+\.\d+\.\d+$/.test(t) || /^\d+\.\d+(alpha|beta|rc)\d+$/.test(t)) {
        const version = (0,go_version/* parseGoVersion */.SX)(t);
        if (version)
            return { kind: 'exact', text: raw, version };
    }
    const bare = t.replace(/(^|[\s<>=^~])go(?=\d)/g, '$1');
    // semver would read letters loosely ("1.2x"); only x/X wildcards are meaningful in a Go range.
    const range = /[a-wyz]/.test(bare) ? null : semver_default().validRange(bare);
    if (range)
        return { kind: 'range', text: raw, range };
    throw new input_error/* InputError */.d(`${source} "${raw}" is not a Go version or range; expected e.g. ${specExamples}`);
}
function describeSpec(spec) {
    return spec.kind === 'exact' ? formatGoVersion(spec.version) : spec.text;
}
/** Whether v satisfies an exact or range spec (aliases need the release list: see pickVersion). */
function satisfies(spec, v) {
    if (spec.kind === 'exact')
        return (0,go_version/* compareGoVersions */.X_)(spec.version, v) === 0;
    if (spec.kind === 'range')
        return (0,go_version/* isRelease */.MU)(v) && semver_default().satisfies((0,go_version/* toSemver */.Ud)(v), spec.range);
    return false;
}
/**
 * Picks the version a spec means among candidates. For aliases the candidates must be the full
 * list of stable releases known to the caller (the download index, or what is installed):
 * stable = newest; oldstable = newest patch of the minor before the newest.
 */
function pickVersion(spec, candidates) {
    const newest = (0,go_version/* sortNewestFirst */.BP)(candidates, (v) => v);
    if (spec.kind !== 'alias')
        return newest.find((v) => satisfies(spec, v));
    const releases = newest.filter(go_version/* isRelease */.MU);
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
function assertReports(expected, facts, goroot, where, platform = platform_hostPlatform()) {
    const reported = (0,go_version/* parseGoVersion */.SX)(facts.version);
    if (!reported || (0,go_version/* compareGoVersions */.X_)(reported, expected) !== 0) {
        throw new VersionMismatchError(`${where} ${goroot} should hold Go ${(0,go_version/* formatGoVersion */.WM)(expected)}, but ${goBinOf(goroot, platform)} reports go${facts.version}; ` +
            `remove or fix that tree, or ask for go-version ${facts.version}`);
    }
}
function looksLikePath(text) {
    return /^(\/|~|\.\.?\/)/.test(text.trim());
}
/** A GOROOT given as a path: proved and returned with source "local". */
async function goAtPath(goroot, platform = platform_hostPlatform()) {
    const dir = expandHome(goroot.trim());
    if (!(0,external_node_fs_.existsSync)(dir))
        throw new GorootError(`GOROOT ${dir} does not exist`);
    const facts = await probeGoroot(dir, platform);
    if (facts.goarch !== goarchOf(platform.arch))
        throw new GorootError(`Go in ${dir} is for ${facts.goarch}, not ${platform.arch.go}`);
    return { version: facts.version, goroot: dir, source: 'local', facts };
}
/**
 * The installed Go matching spec (a ToolchainSpec, a spec string, or a GOROOT path), proved by
 * running it; undefined when nothing installed matches. Throws when a match does not report the
 * version it claims to be.
 */
async function findInstalledGo(spec, opts) {
    if (typeof spec === 'string' && looksLikePath(spec))
        return goAtPath(spec, opts.platform);
    const s = typeof spec === 'string' ? parseToolchainSpec(spec) : spec;
    const sources = opts.sources ?? ['tool-cache', 'local'];
    const prove = opts.prove ?? ((goroot) => probeGoroot(goroot, opts.platform));
    const cached = sources.includes('tool-cache') ? listToolCache(opts.toolCacheDir, opts.platform, opts.toolFolders) : [];
    // Local trees are only probed when needed: each probe runs a go binary.
    let local;
    const locals = async () => (local ??= sources.includes('local') ? await findLocalGoroots(opts.localGoroots, opts.platform, opts.note, prove) : []);
    let target = s;
    if (s.kind === 'alias') {
        // stable/oldstable relative to what is installed: the caller decided not to ask the index.
        const all = [...cached.map((c) => c.version), ...(await locals()).map((l) => l.version)];
        const v = pickVersion(s, all);
        if (!v)
            return undefined;
        target = { kind: 'exact', text: (0,go_version/* formatGoVersion */.WM)(v), version: v };
    }
    for (const source of sources) {
        let pool = source === 'tool-cache' ? cached : await locals();
        for (;;) {
            const v = pickVersion(target, pool.map((p) => p.version));
            if (!v)
                break;
            const hit = pool.find((p) => (0,go_version/* compareGoVersions */.X_)(p.version, v) === 0);
            let facts;
            try {
                facts = await prove(hit.goroot);
            }
            catch (e) {
                // Local trees are listed from their VERSION files: one whose go does not run is skipped
                // (as a probe at listing time would have), and the next best tree is tried.
                if (source !== 'local' || !(e instanceof GorootError))
                    throw e;
                opts.note?.(e.message);
                pool = pool.filter((p) => p !== hit);
                continue;
            }
            assertReports(v, facts, hit.goroot, source === 'tool-cache' ? 'tool cache folder' : 'local GOROOT', opts.platform);
            return { version: facts.version, goroot: hit.goroot, source, facts };
        }
    }
    return undefined;
}


;// CONCATENATED MODULE: ./src/abi/elf.ts
// Owns reading the parts of an ELF file abi-diff needs, in TypeScript over positioned reads:
// header, section table, DT_NEEDED libraries and undefined dynamic symbols. Memory is bounded by
// the section table, .dynstr and one chunk of .dynsym at a time; the file is never read whole.
// The reads are synchronous: a few small reads of a local file cost less than a thread-pool round
// trip each (and node:fs/promises ~10 ms to load); compare.ts makes them after spawning nm, while
// the process would otherwise wait for its listings.

const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const DT_NEEDED = 1;
const PT_INTERP = 3;
const machines = {
    3: '386',
    8: 'mips',
    20: 'ppc',
    21: 'ppc64',
    22: 's390x',
    40: 'arm',
    62: 'amd64',
    183: 'arm64',
    243: 'riscv64',
    258: 'loong64',
};
/** Cap on one table read: real .dynstr/.shstrtab are KBs; this stops a corrupt header from allocating GBs. */
const maxTable = 64 * 1024 * 1024;
class ElfError extends Error {
    name = 'ElfError';
}
/** Positioned, bounds-checked reads in the file's byte order (shared with go-sections.ts). */
class Reader {
    fd;
    le;
    is64;
    constructor(fd, le, is64) {
        this.fd = fd;
        this.le = le;
        this.is64 = is64;
    }
    bytes(offset, length) {
        if (length < 0 || length > maxTable)
            throw new ElfError(`ELF table of ${length} bytes at ${offset} is not plausible`);
        const buf = Buffer.allocUnsafe(length);
        const got = readFully(this.fd, buf, offset);
        if (got < length)
            throw new ElfError(`ELF file is truncated (wanted ${length} bytes at ${offset})`);
        return buf;
    }
    u16(b, o) {
        return this.le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    }
    u32(b, o) {
        return this.le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    }
    /** 64-bit field; offsets and sizes fit in a double for any real file. (Two 32-bit reads: no BigInt in cold code.) */
    u64(b, o) {
        return this.le ? b.readUInt32LE(o) + b.readUInt32LE(o + 4) * 0x1_0000_0000 : b.readUInt32BE(o) * 0x1_0000_0000 + b.readUInt32BE(o + 4);
    }
    /** Word-sized (address/offset) field of this ELF class. */
    word(b, o) {
        return this.is64 ? this.u64(b, o) : this.u32(b, o);
    }
}
function isElfMagic(head) {
    return head.length >= 4 && head[0] === 0x7f && head.toString('latin1', 1, 4) === 'ELF';
}
/** Reads buf.length bytes at `position` (fewer at the end of the file); returns how many were read. */
function readFully(fd, buf, position) {
    let got = 0;
    while (got < buf.length) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, buf.length - got, position + got);
        if (n === 0)
            break;
        got += n;
    }
    return got;
}
function cString(buf, at) {
    if (at >= buf.length)
        return '';
    const end = buf.indexOf(0, at);
    return buf.toString('utf8', at, end < 0 ? buf.length : end);
}
/** Opens an ELF file, reads its header and section table, runs fn, and closes the file. */
async function withElf(file, fn) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const ident = Buffer.alloc(64);
        const bytesRead = readFully(fd, ident, 0);
        if (bytesRead < 52 || !isElfMagic(ident))
            throw new ElfError('not an ELF file');
        const is64 = ident[4] === 2;
        const r = new Reader(fd, ident[5] !== 2, is64);
        const h = ident;
        const type = r.u16(h, 16);
        const machine = r.u16(h, 18);
        const phoff = r.word(h, is64 ? 32 : 28);
        const shoff = r.word(h, is64 ? 40 : 32);
        const phentsize = r.u16(h, is64 ? 54 : 42);
        const phnum = r.u16(h, is64 ? 56 : 44);
        const shentsize = r.u16(h, is64 ? 58 : 46);
        const shnum = r.u16(h, is64 ? 60 : 48);
        const shstrndx = r.u16(h, is64 ? 62 : 50);
        const sections = [];
        if (shoff > 0 && shnum > 0) {
            const table = r.bytes(shoff, shnum * shentsize);
            const raw = [];
            for (let i = 0; i < shnum; i++) {
                const o = i * shentsize;
                raw.push({
                    nameOff: r.u32(table, o),
                    type: r.u32(table, o + 4),
                    offset: r.word(table, is64 ? o + 24 : o + 16),
                    size: r.word(table, is64 ? o + 32 : o + 20),
                    link: r.u32(table, is64 ? o + 40 : o + 24),
                    entsize: r.word(table, is64 ? o + 56 : o + 36),
                });
            }
            const strtab = raw[shstrndx];
            const names = strtab ? r.bytes(strtab.offset, strtab.size) : Buffer.alloc(0);
            for (const s of raw)
                sections.push({ name: cString(names, s.nameOff), type: s.type, offset: s.offset, size: s.size, link: s.link, entsize: s.entsize });
        }
        let interpreter = '';
        if (phoff > 0 && phnum > 0) {
            const ph = r.bytes(phoff, phnum * phentsize);
            for (let i = 0; i < phnum; i++) {
                const o = i * phentsize;
                if (r.u32(ph, o) !== PT_INTERP)
                    continue;
                const off = r.word(ph, is64 ? o + 8 : o + 4);
                const size = r.word(ph, is64 ? o + 32 : o + 16);
                interpreter = cString(r.bytes(off, Math.min(size, 4096)), 0);
            }
        }
        const info = {
            class: is64 ? 64 : 32,
            littleEndian: r.le,
            type,
            machine,
            goarch: machines[machine] ?? `machine-${machine}`,
            sections,
            interpreter,
        };
        return await fn(r, info);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readElfInfo(file) {
    return withElf(file, (_r, info) => info);
}
/** DT_NEEDED entries of .dynamic and the undefined symbols of .dynsym, both sorted and unique. */
function readDynamic(file) {
    return withElf(file, (r, info) => {
        const needed = new Set();
        const imports = new Set();
        const dyn = info.sections.find((s) => s.type === SHT_DYNAMIC);
        if (dyn) {
            const strsec = info.sections[dyn.link];
            const dynstr = strsec ? r.bytes(strsec.offset, strsec.size) : Buffer.alloc(0);
            const ent = r.is64 ? 16 : 8;
            const body = r.bytes(dyn.offset, dyn.size);
            for (let o = 0; o + ent <= body.length; o += ent) {
                const tag = r.word(body, o);
                if (tag === 0)
                    break;
                if (tag === DT_NEEDED)
                    needed.add(cString(dynstr, r.word(body, o + ent / 2)));
            }
        }
        const dynsym = info.sections.find((s) => s.type === SHT_DYNSYM);
        if (dynsym) {
            const strsec = info.sections[dynsym.link];
            const dynstr = strsec ? r.bytes(strsec.offset, strsec.size) : Buffer.alloc(0);
            const ent = dynsym.entsize || (r.is64 ? 24 : 16);
            const perChunk = Math.max(1, Math.floor(65536 / ent));
            const total = Math.floor(dynsym.size / ent);
            for (let first = 0; first < total; first += perChunk) {
                const n = Math.min(perChunk, total - first);
                const chunk = r.bytes(dynsym.offset + first * ent, n * ent);
                for (let i = 0; i < n; i++) {
                    const o = i * ent;
                    const nameOff = r.u32(chunk, o);
                    const shndx = r.u16(chunk, r.is64 ? o + 6 : o + 14);
                    if (nameOff !== 0 && shndx === 0)
                        imports.add(cString(dynstr, nameOff));
                }
            }
        }
        return { needed: [...needed].sort(), imports: [...imports].sort() };
    });
}
function hasSection(info, name) {
    return info.sections.some((s) => s.name === name);
}

;// CONCATENATED MODULE: ./src/abi/go-sections.ts
// Owns reading the Go-specific sections of an ELF executable, in TypeScript over elf.ts's positioned
// reads: the build info (.go.buildinfo: Go version, module info) and the pclntab function name table
// (.gopclntab: every function compiled out of line or inlined).

const buildInfoMagic = Buffer.from('\xff Go buildinf:', 'latin1');
function uvarint(buf, at) {
    let x = 0;
    let shift = 0;
    for (let i = at; i < buf.length && i < at + 10; i++) {
        const b = buf[i];
        x += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return [x, i + 1];
        shift += 7;
    }
    return [-1, at];
}
/**
 * The Go version and module info string that `go version -m` prints, read from .go.buildinfo
 * (Go 1.18+ inline format, as debug/buildinfo does). Undefined for older pointer-based layouts:
 * callers fall back to `go version -m`.
 */
function readGoBuildInfo(file) {
    return withElf(file, (r, info) => {
        const sec = info.sections.find((s) => s.name === '.go.buildinfo');
        if (!sec || sec.size < 32)
            return undefined;
        const data = r.bytes(sec.offset, sec.size);
        if (!data.subarray(0, 14).equals(buildInfoMagic) || (data[15] & 2) === 0)
            return undefined;
        const [vlen, vat] = uvarint(data, 32);
        if (vlen < 0 || vat + vlen > data.length)
            return undefined;
        const version = data.toString('utf8', vat, vat + vlen);
        const [mlen, mat] = uvarint(data, vat + vlen);
        let modinfo = mlen > 0 && mat + mlen <= data.length ? data.toString('utf8', mat, mat + mlen) : '';
        // Module info is framed by 16-byte sentinels (cmd/go/internal/modload.infoStart/infoEnd).
        modinfo = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n' ? modinfo.slice(16, -16) : '';
        return version ? { version, modinfo } : undefined;
    });
}
// pclntab header magics (runtime/symtab.go): Go 1.16–1.17, 1.18–1.19, 1.20+. Older layouts have
// no separate function name table.
const pclnMagic116 = 0xfffffffa;
const pclnMagic118 = 0xfffffff0;
const pclnMagic120 = 0xfffffff1;
/**
 * The executable's pclntab function name table (.gopclntab, Go 1.16+): NUL-terminated names of the
 * functions compiled out of line and, through the inlining tables, of those that exist only inlined
 * into others. Undefined when the file has none (not a Go executable, Go < 1.16, an unknown layout).
 */
function readFuncNameTable(file) {
    return withElf(file, (r, info) => {
        const sec = info.sections.find((s) => s.name === '.gopclntab');
        if (!sec || sec.size < 64)
            return undefined;
        const head = r.bytes(sec.offset, 64);
        const magic = r.u32(head, 0);
        const ptr = head[7];
        if (ptr !== 4 && ptr !== 8)
            return undefined;
        const field = (i) => (ptr === 8 ? r.u64(head, 8 + 8 * i) : r.u32(head, 8 + 4 * i));
        // After nfunc and nfiles: 1.18+ has textStart, then funcnameOffset and cuOffset (where the names end).
        const at = magic === pclnMagic116 ? 2 : magic === pclnMagic118 || magic === pclnMagic120 ? 3 : -1;
        if (at < 0)
            return undefined;
        const from = field(at);
        const to = field(at + 1);
        if (!(from > 0 && to > from && to <= sec.size))
            return undefined;
        return r.bytes(sec.offset + from, to - from);
    });
}

;// CONCATENATED MODULE: ./src/abi/toolchain.ts
// Owns finding the `go` each side uses: a GOROOT path, a go binary, or a version (or range)
// looked up in the tool cache and local GOROOTs by src/go's findInstalledGo, the same lookup
// setup-go-matrix does (which proves each tree it returns by running it).
//
// A go given as a path is not run up front: its version is read from the binary (.go.buildinfo,
// what `go version <file>` prints; for a release bin/go that is its GOVERSION), and its first real
// command (`go tool nm`, `go build`) proves it runs. Only when that read or that command fails is
// `go env` run, to say exactly what is wrong. A probe costs a process start per side, which on a
// large binary is a fifth of the whole comparison (bench/abi.ts).











class ToolchainError extends Error {
    name = 'ToolchainError';
}
function cleanEnv() {
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' };
    delete env.GOROOT;
    return env;
}
/** Runs `go env GOVERSION` to prove the binary works; throws a ToolchainError saying why it does not. */
async function probeGo(goBin, label) {
    let out;
    try {
        out = (await (0,run/* run */.eF)(goBin, ['env', 'GOVERSION'], { env: cleanEnv(), timeoutMs: 60_000 })).stdout;
    }
    catch (e) {
        throw new ToolchainError(`${label}: the go at ${goBin} cannot run: ${e.message.split('\n').slice(0, 3).join(' ')}`);
    }
    const version = out.trim();
    if (!version.startsWith('go'))
        throw new ToolchainError(`${label}: ${goBin} ran but did not report a Go version (got ${JSON.stringify(out.slice(0, 100))})`);
    return { goBin, version, label, env: cleanEnv() };
}
/** A go binary, its version read from the binary itself; falls back to probing it when that read fails (not ELF, a wrapper script, Go < 1.18). */
async function goTool(goBin, label) {
    const version = await readGoBuildInfo(goBin).then((i) => i?.version, () => undefined);
    if (!version?.startsWith('go'))
        return probeGo(goBin, label);
    return { goBin, version, label, env: cleanEnv() };
}
/**
 * Called when a command run with `go` failed: when the go binary itself cannot run, throws the
 * ToolchainError that says so (the command's own error would blame the input file); else returns.
 */
async function explainGoFailure(go) {
    await probeGo(go.goBin, go.label);
}
/** The file program `name` (go.exe on windows, never a .cmd or .bat: spawned without a shell) resolves to on PATH. */
function onPath(name, platform = platform_hostPlatform()) {
    return findOnPath(name, {
        windows: platform.goos === 'windows',
        extensions: [platform.exeSuffix],
        join: (dir, file) => platform.path.join(dir, file),
    });
}
async function installedList(where) {
    const platform = platform_hostPlatform();
    const cached = listToolCache(where.toolCacheDir, platform).map((c) => `go${(0,go_version/* formatGoVersion */.WM)(c.version)} (${c.goroot})`);
    const local = (await findLocalGoroots(where.localGoroots, platform)).map((l) => `go${(0,go_version/* formatGoVersion */.WM)(l.version)} (${l.goroot})`);
    return [...cached, ...local].join(', ') || 'none';
}
/**
 * Resolves an input value naming a Go: a GOROOT directory, a path to a go binary, or a version.
 * `inputName` and the value appear in every error.
 */
async function resolveGo(inputName, value, where) {
    const label = `input "${inputName}" ("${value}")`;
    const looksLikePath = value.includes('/') || value.startsWith('.') || value.startsWith('~');
    if (looksLikePath) {
        const p = external_node_path_.resolve(value.replace(/^~(?=\/)/, external_node_os_.homedir()));
        if (!(0,external_node_fs_.existsSync)(p))
            throw new ToolchainError(`${label}: no such file or directory; give a GOROOT (a directory with bin/go), a go binary, or a version such as 1.23`);
        const goBin = (0,external_node_fs_.statSync)(p).isDirectory() ? goBinOf(p) : p;
        if (!(0,external_node_fs_.existsSync)(goBin))
            throw new ToolchainError(`${label}: ${p} is a directory without bin/go, so it is not a GOROOT`);
        return goTool(goBin, label);
    }
    let found;
    try {
        found = await findInstalledGo(value, { toolCacheDir: where.toolCacheDir, localGoroots: where.localGoroots, platform: platform_hostPlatform() });
    }
    catch (e) {
        throw new ToolchainError(`${label} is neither a GOROOT path nor a usable Go version: ${e.message}`);
    }
    if (!found) {
        throw new ToolchainError(`${label}: Go ${value} is not installed in the tool cache (${where.toolCacheDir}) or local GOROOTs (${where.localGoroots.join(', ')}); installed: ${await installedList(where)}. Install it first (setup-go-matrix) or give a GOROOT path`);
    }
    // findInstalledGo ran this go and checked the version it reports.
    return { goBin: goBinOf(found.goroot), version: `go${found.version}`, label, env: cleanEnv() };
}
/** The `go` used when a side names none: input `go`, else `go` on PATH. */
async function defaultGo(value, where) {
    if (value)
        return resolveGo('go', value, where);
    try {
        const found = onPath('go');
        return await (found ? goTool(found, 'go from PATH') : probeGo('go', 'go from PATH'));
    }
    catch (e) {
        throw new ToolchainError(`no go to read the builds with: inputs "go", "base-go" and "head-go" are empty and ${e.message.replace(/^go from PATH: /, 'go from PATH failed: ')}. Set input "go" (or base-go/head-go) to a Go version such as 1.23 or a GOROOT, or run setup-go-matrix before this step`);
    }
}

;// CONCATENATED MODULE: ./src/abi/build.ts
// Owns building the two sides from source: the same package with each side's Go, identical flags
// (-trimpath plus build-flags), an isolated GOCACHE per Go version, and for base-ref a temporary
// git worktree of that ref.




class BuildError extends Error {
    name = 'BuildError';
}
/** The GOCACHE package mode uses for one Go version under cacheDir. */
function goCacheFor(cacheDir, goVersion) {
    return external_node_path_.join(cacheDir, `gocache-${goVersion}`);
}
/**
 * Why a package pattern cannot be given to `go build`, or undefined. A pattern is passed after `--`,
 * so it is never read as a flag; one starting with "-" is refused up front all the same (it is a
 * flag meant for build-flags, e.g. `-toolexec=./x.sh`, and Go would refuse it as a path anyway).
 */
function packagePatternProblem(pkg) {
    if (pkg.startsWith('-'))
        return `input "package" ("${pkg}") starts with "-", so it is a flag, not a package; give a package path or pattern such as ./cmd/server (flags go in build-flags)`;
    // eslint-disable-next-line no-control-regex -- finding control characters in user input is the point
    if (/[\u0000-\u001f]/.test(pkg))
        return `input "package" (${JSON.stringify(pkg)}) holds a control character; give a package path such as ./cmd/server`;
    return undefined;
}
/** Builds the package with the side's Go. */
async function buildSide(req) {
    const problem = packagePatternProblem(req.pkg);
    if (problem)
        throw new BuildError(problem);
    if (!(0,external_node_fs_.existsSync)(req.dir))
        throw new BuildError(`${req.side}: working directory ${req.dir} does not exist`);
    const env = { ...req.go.env, GOCACHE: goCacheFor(req.cacheDir, req.go.version) };
    (0,external_node_fs_.mkdirSync)(req.outDir, { recursive: true });
    let name;
    let importPath;
    try {
        const listed = (await (0,run/* run */.eF)(req.go.goBin, ['list', '-f', '{{.Name}} {{.ImportPath}}', '--', req.pkg], { cwd: req.dir, env })).stdout.trim();
        [name = '', importPath = ''] = listed.split(' ');
    }
    catch (e) {
        await explainGoFailure(req.go);
        throw new BuildError(`input "package" ("${req.pkg}"): ${req.side} side (${req.go.version}) cannot load it in ${req.dir}: ${e.message}`);
    }
    const out = external_node_path_.join(req.outDir, `${req.side}-${external_node_path_.basename(req.pkg) || 'pkg'}${name === 'main' ? '' : '.a'}`);
    try {
        await (0,run/* run */.eF)(req.go.goBin, ['build', '-trimpath', ...req.flags, '-o', out, '--', req.pkg], { cwd: req.dir, env });
    }
    catch (e) {
        throw new BuildError(`${req.side} build of "${req.pkg}" with ${req.go.version} failed: ${e.message}`);
    }
    return { out, importPath };
}
/** Why a base-ref cannot be handed to git, or undefined: one starting with "-" would be read as an option. */
function baseRefProblem(ref) {
    // eslint-disable-next-line no-control-regex -- finding control characters in user input is the point
    if (ref.startsWith('-') || /[\u0000-\u001f\s]/.test(ref))
        return `input "base-ref" (${JSON.stringify(ref)}) is not a git ref (it starts with "-" or holds blanks or control characters); give a branch, tag or SHA`;
    return undefined;
}
/** A detached worktree of `ref` for the repository holding `dir`; returns the same dir inside it and a cleanup. */
async function worktreeAt(dir, ref, into) {
    const problem = baseRefProblem(ref);
    if (problem)
        throw new BuildError(problem);
    let top;
    try {
        top = (await (0,run/* run */.eF)('git', ['rev-parse', '--show-toplevel'], { cwd: dir })).stdout.trim();
    }
    catch (e) {
        throw new BuildError(`input "base-ref" ("${ref}"): ${dir} is not inside a git repository: ${e.message}`);
    }
    try {
        await (0,run/* run */.eF)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top });
    }
    catch {
        throw new BuildError(`input "base-ref" ("${ref}") is not a commit in ${top}; fetch it first (actions/checkout with fetch-depth: 0) or give a branch, tag or SHA`);
    }
    await (0,run/* run */.eF)('git', ['worktree', 'add', '--detach', into, ref], { cwd: top });
    const rel = external_node_path_.relative(top, external_node_path_.resolve(dir));
    return {
        dir: external_node_path_.join(into, rel),
        remove: async () => {
            await (0,run/* run */.eF)('git', ['worktree', 'remove', '--force', into], { cwd: top, check: false });
        },
    };
}

;// CONCATENATED MODULE: ./src/fs/workspace.ts
// Owns where an action may write and walk: inside the workspace (GITHUB_WORKSPACE on GitHub,
// CI_PROJECT_DIR on GitLab, else the current directory). A path input such as report-dir or
// output-dir given as a relative path that leads out of it (`../../x`, or a symlink inside the
// workspace that points out) is refused with an error naming the input, before any work starts.
// Also the length limits of path inputs, so the OS's ENAMETOOLONG never reaches the user unnamed.



/** Longest path the OS accepts (PATH_MAX 4096 with its NUL) and longest name in it (NAME_MAX). */
const MAX_PATH_BYTES = 4095;
const MAX_NAME_BYTES = 255;
function workspaceRoot(env = process.env) {
    return external_node_path_.resolve(env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR || process.cwd());
}
/** Why a path cannot be used at all (too long, NUL or line break in it), or undefined. */
function pathProblem(p) {
    if (Buffer.byteLength(p) > MAX_PATH_BYTES)
        return `it is ${Buffer.byteLength(p)} bytes long; paths may have at most ${MAX_PATH_BYTES}`;
    const long = p.split(/[\\/]/).find((n) => Buffer.byteLength(n) > MAX_NAME_BYTES);
    if (long)
        return `its part "${long.slice(0, 40)}…" is ${Buffer.byteLength(long)} bytes long; a file name may have at most ${MAX_NAME_BYTES}`;
    if (/[\0\r\n]/.test(p))
        return 'it contains a NUL or line break';
    return undefined;
}
/** Throws an InputError naming the input when its value cannot be a path. */
function checkPathInput(input, value) {
    const why = pathProblem(value);
    if (why)
        throw new input_error/* InputError */.d(`input "${input}" (${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)}) is not a usable path: ${why}`);
}
/** p with symlinks resolved as far as it exists (the rest appended as written). */
function realish(p) {
    let existing = p;
    const rest = [];
    while (!(0,external_node_fs_.existsSync)(existing) && external_node_path_.dirname(existing) !== existing) {
        rest.unshift(external_node_path_.basename(existing));
        existing = external_node_path_.dirname(existing);
    }
    try {
        return external_node_path_.join((0,external_node_fs_.realpathSync)(existing), ...rest);
    }
    catch {
        return p;
    }
}
/** Whether p (resolved, symlinks followed as far as they exist) is root or below it. */
function isInside(p, root) {
    const rel = external_node_path_.relative(realish(root), realish(external_node_path_.resolve(p)));
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
/**
 * An output path input resolved against base; throws an InputError naming the input when it is
 * not a usable path, or when it is relative and leads (by `..` or through a symlink) outside the
 * workspace root — or outside base itself when base already lies outside the workspace. An
 * absolute path is the workflow's explicit choice (e.g. a folder under runner.temp) and is kept.
 */
function confinedPath(input, value, base, root = workspaceRoot()) {
    checkPathInput(input, value);
    const resolved = external_node_path_.resolve(base, value);
    if (external_node_path_.isAbsolute(value))
        return resolved;
    const limit = isInside(base, root) ? root : external_node_path_.resolve(base);
    if (!isInside(resolved, limit)) {
        throw new input_error/* InputError */.d(`input "${input}" ("${value}") resolves to ${resolved}, outside ${limit === root ? 'the workspace' : 'the working directory'} ${limit}; give a path inside it (a relative path may not climb out), or an absolute path`);
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/abi/suppressions.ts
class SuppressionError extends Error {
    name = 'SuppressionError';
}
function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
/** Parses a suppressions file; `source` names it in errors. Every pattern needs a reason. */
function parseSuppressions(text, source) {
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        let pattern;
        let reason;
        let re;
        if (line.startsWith('/')) {
            const end = line.indexOf('/ ', 1) >= 0 ? line.indexOf('/ ', 1) : line.endsWith('/') && line.length > 1 ? line.length - 1 : -1;
            if (end <= 0)
                throw new SuppressionError(`${source}:${i + 1}: regex "${line}" has no closing "/" followed by a reason; write: /pattern/ why it is fine`);
            pattern = line.slice(0, end + 1);
            reason = line.slice(end + 1).trim();
            try {
                re = new RegExp(line.slice(1, end));
            }
            catch (e) {
                throw new SuppressionError(`${source}:${i + 1}: ${pattern} is not a valid regular expression: ${e.message}`);
            }
        }
        else {
            const sp = line.search(/\s/);
            pattern = sp < 0 ? line : line.slice(0, sp);
            reason = sp < 0 ? '' : line.slice(sp).trim();
            re = globToRegExp(pattern);
        }
        if (!reason)
            throw new SuppressionError(`${source}:${i + 1}: "${pattern}" has no reason; write the pattern, a space, then why the change is accepted`);
        out.push({ pattern, reason, line: i + 1, test: (s) => re.test(s) });
    });
    return out;
}
function findSuppression(list, subject) {
    return list.find((s) => s.test(subject));
}

;// CONCATENATED MODULE: ./src/abi/policy.ts

const failOnLevels = ['removed', 'changed', 'any', 'none'];
const sizeScopes = ['module', 'binary'];
/** The term of input fail-on that adds Go behaviour changes to the level. */
const behaviorTerm = 'behavior-changes';
/**
 * Input fail-on: a level (removed, changed, any, none) and/or behavior-changes, comma- or
 * space-separated. behavior-changes alone means only behaviour changes fail (level none).
 */
function parseFailOn(text) {
    const terms = text
        .split(/[\s,]+/)
        .map((t) => t.trim())
        .filter(Boolean);
    const expected = `expected one of ${failOnLevels.join(', ')}, optionally with ${behaviorTerm} (e.g. "removed, ${behaviorTerm}")`;
    const levels = terms.filter((t) => t !== behaviorTerm);
    for (const t of levels)
        if (!failOnLevels.includes(t))
            throw new Error(`input "fail-on" has "${t}"; ${expected}`);
    if (levels.length > 1)
        throw new Error(`input "fail-on" ("${text}") names more than one level (${levels.join(', ')}); ${expected}`);
    const behavior = terms.includes(behaviorTerm);
    if (levels.length === 0 && !behavior)
        throw new Error(`input "fail-on" is empty; ${expected}`);
    return { level: levels[0] ?? 'none', behavior };
}
const units = { '': 1, b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 * 1024, gb: 1e9 };
/** `5%`, `0.5%`, `200000`, `200KB`, `1.5MiB`; undefined for ''. Throws a message naming the input. */
function parseSizeLimit(text, inputName = 'max-size-growth') {
    const t = text.trim();
    if (t === '')
        return undefined;
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
    if (pct)
        return { percent: Number(pct[1]) / 100, text: t };
    const abs = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(t);
    const unit = abs ? units[abs[2].toLowerCase()] : undefined;
    if (abs && unit !== undefined)
        return { bytes: Number(abs[1]) * unit, text: t };
    throw new Error(`input "${inputName}" is "${text}"; expected a percentage such as "5%" or a size such as "200KB"`);
}
function breaksAt(f, failOn) {
    switch (failOn) {
        case 'none':
            return false;
        case 'any':
            return true;
        case 'changed':
            if (f.category === 'api')
                return f.compatible === false;
            return (f.category === 'symbol' || f.category === 'artifact') && f.change !== 'added';
        case 'removed':
            if (f.category === 'api')
                return f.compatible === false;
            return (f.category === 'symbol' || f.category === 'artifact') && f.change === 'removed';
    }
}
/** The sizes max-size-growth compares and how the verdict names them. */
function measured(sizes, scope) {
    if (scope === 'module' && sizes.module)
        return { ...sizes.module, what: "the module's packages" };
    if (scope === 'module')
        return { base: sizes.base, head: sizes.head, what: 'the files (no symbols to measure the module packages by)' };
    return { base: sizes.base, head: sizes.head, what: 'the files' };
}
/** Marks findings (suppressed/breaking) in place and returns the verdict. */
function applyPolicy(findings, sizes, policy) {
    const reasons = [];
    let counted = 0;
    for (const f of findings) {
        const s = findSuppression(policy.suppressions, f.subject);
        if (s) {
            f.suppressed = s.reason;
            continue;
        }
        const dyn = policy.denyNewDynamic && f.category === 'dynamic' && f.change === 'added';
        const behavior = policy.failOnBehavior === true && f.category === 'behavior';
        f.breaking = breaksAt(f, policy.failOn) || dyn || behavior;
        if (f.breaking)
            counted++;
    }
    if (counted > 0)
        reasons.push(`${counted} finding(s) break the policy (fail-on: ${policy.failOn}${policy.failOnBehavior ? `, ${behaviorTerm}` : ''}${policy.denyNewDynamic ? ', deny-new-dynamic' : ''})`);
    const limit = policy.maxSizeGrowth;
    if (limit) {
        const scope = policy.sizeScope ?? 'module';
        const m = measured(sizes, scope);
        const growth = m.head - m.base;
        const allowed = limit.percent !== undefined ? m.base * limit.percent : (limit.bytes ?? Infinity);
        if (growth > allowed) {
            const pct = m.base > 0 ? ` (${((growth / m.base) * 100).toFixed(2)}%)` : '';
            reasons.push(`${m.what} grew by ${growth} bytes${pct}, more than max-size-growth ${limit.text} (size-scope ${scope})`);
        }
    }
    return { breaking: reasons.length > 0, reasons };
}

;// CONCATENATED MODULE: ./src/abi/api-compare.ts
/** `api.a` → `api`, `example.com/m/pkg.a` → `example.com/m/pkg`. */
function importPathFromRelative(rel) {
    return rel.replace(/\\/g, '/').replace(/\.a$/, '');
}
/** Import path for a pair: package mode's, else the archive's own, else the relative path. */
function chooseImportPath(rel, known, fromArchive) {
    if (known)
        return { importPath: known, importPathFrom: 'go list' };
    if (fromArchive)
        return { importPath: fromArchive, importPathFrom: 'archive' };
    return { importPath: importPathFromRelative(rel), importPathFrom: 'relative path' };
}
function failure(side, r) {
    if (!r)
        return `${side}: no answer from the API dump helper`;
    return r.error ? `${side} (${r.file}): ${r.error}` : undefined;
}
/** Diffs every pair's API; pairs whose export data could not be read carry the reason instead. */
async function compareApis(pairs, baseGo, headGo, dirs) {
    const out = new Map();
    if (pairs.length === 0)
        return out;
    // Loaded here: executables (no export data) never need the helper's Go source, its build or the diff rules.
    const [{ readSideApis }, { diffPackageApi }] = await Promise.all([__nccwpck_require__.e(/* import() */ 427).then(__nccwpck_require__.bind(__nccwpck_require__, 7427)), __nccwpck_require__.e(/* import() */ 476).then(__nccwpck_require__.bind(__nccwpck_require__, 1476))]);
    const req = (side) => pairs.map((p) => ({ path: p.importPath, file: p[side] }));
    const [bs, hs] = await Promise.all([readSideApis(baseGo, headGo, req('base'), dirs), readSideApis(headGo, baseGo, req('head'), dirs)]);
    pairs.forEach((p, i) => {
        const [b, h] = [bs[i], hs[i]];
        const why = [failure('base', b), failure('head', h)].filter(Boolean).join('; ');
        const common = { importPath: p.importPath, importPathFrom: p.importPathFrom };
        if (why || !b?.objects || !h?.objects) {
            out.set(p.name, { ...common, changes: [], error: `typed API not compared: ${why}` });
            return;
        }
        out.set(p.name, {
            ...common,
            readers: { base: b.reader, head: h.reader },
            objects: { base: b.objects.length, head: h.objects.length },
            changes: diffPackageApi({ path: p.importPath, objects: b.objects }, { path: p.importPath, objects: h.objects }),
        });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/fs/tree.ts
// Owns listing the regular files below a directory: the one recursive walk behind cache globs,
// cache size accounting and abi-diff's directory pairing. Each caller says what to skip; symlinks
// and other non-regular entries are never followed or listed.


/** Relative paths (native separators, sorted) of the regular files below root. */
async function listFiles(root, opts = {}) {
    const out = [];
    const walk = async (dir) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(external_node_path_.join(root, dir), { withFileTypes: true });
        }
        catch (e) {
            if (opts.unreadable === 'ignore')
                return;
            throw e;
        }
        for (const e of entries) {
            const isDirectory = e.isDirectory();
            if (opts.skip?.(e.name, dir, isDirectory))
                continue;
            const rel = dir ? external_node_path_.join(dir, e.name) : e.name;
            if (isDirectory)
                await walk(rel);
            else if (e.isFile())
                out.push(rel);
        }
    };
    await walk('');
    return out.sort();
}

;// CONCATENATED MODULE: ./src/abi/artifact.ts
// Owns recognising what a base/head path is: a Go executable, a Go archive, or something else
// (said plainly: ELF non-Go, C archive, shell script, text), and pairing directories by relative path.



class NotGoOutput extends Error {
    name = 'NotGoOutput';
}
const elfTypes = { 1: 'relocatable object', 2: 'executable', 3: 'shared object or PIE executable', 4: 'core dump' };
function head(file, n) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buf = Buffer.alloc(n);
        return buf.subarray(0, readFully(fd, buf, 0));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Says what a non-Go file is, for the error message. */
function describeContent(buf) {
    if (buf.length === 0)
        return 'an empty file';
    if (buf.toString('latin1', 0, 2) === '#!')
        return `a script (${buf.toString('latin1', 0, Math.min(buf.length, 80)).split('\n')[0]})`;
    if (buf.toString('latin1', 0, 8) === '!<arch>\n')
        return 'an ar archive that is not a Go archive (a C static library?)';
    if (buf[0] === 0x1f && buf[1] === 0x8b)
        return 'a gzip file';
    if (buf.toString('latin1', 0, 4) === 'PK\x03\x04')
        return 'a zip file';
    const sample = buf.subarray(0, 512);
    const binary = sample.some((b) => b === 0 || (b < 9 && b !== 0));
    return binary ? 'a binary file of unknown format' : 'a text file';
}
/** Parses the `go object <goos> <goarch> <version>` line that opens a Go archive's __.PKGDEF member. */
function parseGoObjectHeader(buf) {
    const text = buf.toString('latin1');
    const m = /go object (\S+) (\S+) (go\S+)/.exec(text);
    return m ? { goos: m[1], goarch: m[2], goVersion: m[3] } : undefined;
}
/** Inspects one file; throws NotGoOutput (saying what the file is) when it is not a Go build output. */
async function inspectArtifact(file) {
    const st = (0,external_node_fs_.statSync)(file);
    // A FIFO or device would block the read below (or never end): only regular files are build outputs.
    if (!st.isFile())
        throw new NotGoOutput(`is ${st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a named pipe (FIFO)' : 'not a regular file'}`);
    const buf = head(file, 4096);
    if (isElfMagic(buf)) {
        const elf = await readElfInfo(file);
        const goMarkers = ['.go.buildinfo', '.gopclntab', '.note.go.buildid', '.gosymtab'];
        if (!goMarkers.some((m) => hasSection(elf, m))) {
            throw new NotGoOutput(`is an ELF ${elfTypes[elf.type] ?? `file (type ${elf.type})`} for ${elf.goarch} that was not built by Go (no .go.buildinfo or .gopclntab section)`);
        }
        return { path: file, kind: 'go-executable', elf, stripped: !hasSection(elf, '.symtab'), goarch: elf.goarch, bytes: st.size };
    }
    if (buf.toString('latin1', 0, 8) === '!<arch>\n' || buf.toString('latin1', 0, 10) === 'go object ') {
        const hdr = parseGoObjectHeader(buf);
        if (!hdr)
            throw new NotGoOutput(`is ${describeContent(buf)}`);
        return { path: file, kind: 'go-archive', stripped: false, ...hdr, bytes: st.size };
    }
    // Mach-O (feedface/feedfacf, either order) and PE (MZ): go tool nm reads them; the dynamic section check is ELF-only.
    const magic = buf.length >= 4 ? buf.readUInt32BE(0) : 0;
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic) || buf.toString('latin1', 0, 2) === 'MZ') {
        return { path: file, kind: 'executable', stripped: false, bytes: st.size };
    }
    throw new NotGoOutput(`is ${describeContent(buf)}, not a Go executable or archive`);
}
/** Regular files under dir, relative, sorted. Hidden directories (.git) are skipped. */
async function listArtifactFiles(dir) {
    return listFiles(dir, { skip: (name, _dir, isDirectory) => isDirectory && name.startsWith('.') });
}
function pairByRelativePath(base, head) {
    const h = new Set(head);
    const b = new Set(base);
    return { pairs: base.filter((f) => h.has(f)), onlyBase: base.filter((f) => !h.has(f)), onlyHead: head.filter((f) => !b.has(f)) };
}

;// CONCATENATED MODULE: ./src/abi/buildinfo.ts
// Owns `go version -m` output: parsing it into BuildInfo and diffing two of them (Go version,
// build settings such as CGO_ENABLED, -ldflags, GOAMD64, and module versions).


function parseBuildInfo(text) {
    const lines = text.split('\n');
    const first = /^.*: (go\S+)\s*$/.exec(lines[0] ?? '');
    if (!first)
        return undefined;
    const info = { goVersion: first[1], path: '', mainModule: '', modules: new Map(), settings: new Map() };
    for (const line of lines.slice(1)) {
        const f = line.replace(/^\t/, '').split('\t');
        const [kind, a = '', b = ''] = f;
        if (kind === 'path')
            info.path = a;
        else if (kind === 'mod' || kind === 'dep') {
            info.modules.set(a, b);
            if (kind === 'mod')
                info.mainModule = a;
        }
        else if (kind === '=>') {
            const last = [...info.modules.keys()].pop();
            if (last)
                info.modules.set(last, `${info.modules.get(last)} => ${a} ${b}`.trim());
        }
        else if (kind === 'build') {
            const eq = a.indexOf('=');
            if (eq > 0)
                info.settings.set(a.slice(0, eq), a.slice(eq + 1));
        }
    }
    return info;
}
/**
 * Reads build info: from an ELF's .go.buildinfo directly (no process), else with `go version -m`.
 * Undefined when the file carries none (not a Go executable).
 */
async function readBuildInfo(goBin, file, env, isElf = false) {
    const raw = isElf ? await readGoBuildInfo(file) : undefined;
    if (raw) {
        const lines = raw.modinfo
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => `\t${l}`);
        return parseBuildInfo([`${file}: ${raw.version}`, ...lines].join('\n'));
    }
    const r = await (0,run/* run */.eF)(goBin, ['version', '-m', file], { env, check: false });
    return parseBuildInfo(r.stdout);
}
/** vcs.* stamps change with every commit: they are not findings. */
const ignoredSettings = /^vcs(\.|$)/;
function diffMaps(what, a, b, skip) {
    const out = [];
    for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        if (skip?.test(name))
            continue;
        const x = a.get(name) ?? '';
        const y = b.get(name) ?? '';
        if (x !== y)
            out.push({ what, name, base: x, head: y });
    }
    return out;
}
function diffBuildInfo(base, head) {
    const out = [];
    if (base.goVersion !== head.goVersion)
        out.push({ what: 'go', name: 'go', base: base.goVersion, head: head.goVersion });
    out.push(...diffMaps('setting', base.settings, head.settings, ignoredSettings));
    out.push(...diffMaps('module', base.modules, head.modules));
    return out;
}

;// CONCATENATED MODULE: ./src/abi/symbol-name.ts
// Owns how a Go linker symbol name splits into package path and the rest, and which packages
// belong to the Go distribution (std, cmd) rather than to the user's modules.
/**
 * Index of the `.` that ends the package path in `name`, or -1 when the name has no package.
 * The package is the prefix up to the last `/` before any `(`, `[` or space, then up to the next
 * `.`. The linker escapes dots in the last path element (`gopkg.in/yaml%2ev3`), so that `.` is the
 * separator. (Three native scans: faster than one loop over the characters, warm or cold.)
 */
function packageDot(name) {
    let end = name.length;
    const paren = name.indexOf('(');
    if (paren >= 0)
        end = paren;
    const bracket = name.indexOf('[');
    if (bracket >= 0 && bracket < end)
        end = bracket;
    const space = name.indexOf(' ');
    if (space >= 0 && space < end)
        end = space;
    const slash = name.lastIndexOf('/', end - 1);
    const dot = name.indexOf('.', slash + 1);
    return dot <= 0 || dot >= end ? -1 : dot;
}
/** The import path as Go spells it, from the linker's spelling (`%2e` → `.`). */
function unescapePackage(linkerPkg) {
    return linkerPkg.includes('%') ? linkerPkg.replace(/%2e/g, '.') : linkerPkg;
}
function splitName(name) {
    const dot = packageDot(name);
    if (dot < 0)
        return { pkg: '', rest: name };
    return { pkg: unescapePackage(name.slice(0, dot)), rest: name.slice(dot + 1) };
}
/** Std and cmd packages have no dot in their first path element (`fmt`, `internal/abi`, `vendor/golang.org/x/net`). */
function isDistributionPackage(pkg, modulePaths = []) {
    if (pkg === 'main')
        return false;
    const slash = pkg.indexOf('/');
    const dot = pkg.indexOf('.');
    if (dot >= 0 && (slash < 0 || dot < slash))
        return false;
    return !modulePaths.some((m) => pkg === m || (pkg.startsWith(m) && pkg.charCodeAt(m.length) === 47));
}
const bracket = /[()[\]{}]/;
/** Splits `rest` into dotted segments, keeping `(*T)` and `[...]` (which may contain dots) whole. */
function segments(rest) {
    // Without brackets every dot splits: the native split, not a loop over the characters (cold code).
    if (!bracket.test(rest))
        return rest.split('.');
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}')
            depth--;
        else if (c === '.' && depth === 0) {
            out.push(rest.slice(start, i));
            start = i + 1;
        }
    }
    out.push(rest.slice(start));
    return out;
}
function isExportedIdent(s) {
    const c = s.replace(/^\(\*/, '').charAt(0);
    return c !== '' && c.toUpperCase() === c && c.toLowerCase() !== c;
}

;// CONCATENATED MODULE: ./src/abi/explained.ts

const differenceRules = [
    {
        id: 'static-init-kind',
        why: 'Go 1.21 lays out a variable initialized by a small inlinable call (`var ErrX = errors.New("x")`) as initialized data (`D`); Go 1.19 reserved zeroed space (`B`) and filled it in `init`. The variable and its type are the same.',
        outcome: 'A `B` ↔ `D` change of a variable whose size is unchanged is no finding.',
        artifact: 'archives/github.com/golang/snappy.a',
        base: { go: '1.19', line: '1072b 16 B github.com/golang/snappy.ErrCorrupt' },
        head: { go: '1.23', line: 'f81d 16 D github.com/golang/snappy.ErrCorrupt' },
    },
    {
        id: 'linker-dropped-var',
        why: "From Go 1.21 such a variable is static data that no code refers to, so the linker's dead-code pass drops it from an executable when the program never uses it; Go ≤1.20's `init` code stored into it and kept it.",
        outcome: 'A variable of a module package (`D`/`B`, never a function; exported, or unexported in scope `all`) present in the executable linked by Go ≤1.20 and absent from the one linked by Go ≥1.21 (or the reverse) is no finding; such variables are counted in the summary and listed under `symbols.droppedVars` in the JSON report. Only when the two Go versions are on either side of 1.21; archives keep every variable, so compare archives to see a variable really removed.',
        artifact: 'thirdparty',
        base: { go: '1.19', line: 'b006c0 16 D github.com/golang/snappy.ErrCorrupt' },
        head: { go: '1.23', line: '' },
    },
    {
        id: 'method-value-wrapper',
        why: "A method value (`x.M` not called) compiles to a `T.M-fm` wrapper in the package that takes the value, or that inlines code taking it, named after the method's package: it tells who calls, and comes and goes with inlining (Go 1.19 inlines `crypto/tls` code into `gorilla/websocket`, Go 1.23 does not).",
        outcome: "Wrappers `-fm` are counted in their own package's size and never compared, in any scope (`logrus.(*Entry).Debug-fm` is not API of logrus; `(*Entry).Debug` is).",
        artifact: 'archives/github.com/gorilla/websocket.a',
        base: { go: '1.19', line: 'cb708 111 T crypto/tls.(*Conn).clientHandshake-fm' },
        head: { go: '1.23', line: '' },
    },
    {
        id: 'inlined-closure',
        why: 'A closure of an inlined function is compiled into each caller. Go 1.21+ names that copy `Caller.Callee.func1`; Go 1.19 names it `Caller.func1`, or keeps only `Callee.func1` when it did not inline the callee.',
        outcome: 'In scope `all`, a closure `P.Caller.Callee.func*` in one build is no finding when the other build has `P.Caller.func*` or a `Callee.func*` (in any package: a callee from another package is named without it), nor is the removed/added `P.Callee.func*` it pairs with.',
        artifact: 'thirdparty',
        base: { go: '1.19', line: '6fe240 208 T github.com/spf13/cobra.MinimumNArgs.func1' },
        head: { go: '1.23', line: '72f720 199 T github.com/spf13/cobra.(*Command).initCompleteCmd.MinimumNArgs.func2' },
    },
];
const isData = (kind) => kind === 'D' || kind === 'B';
/** Rule static-init-kind: `B` and `D` at equal size are the same variable. */
function sameVariable(baseKind, headKind, baseSize, headSize) {
    return baseSize === headSize && isData(baseKind) && isData(headKind);
}
/** `pkg` (linker spelling) and function path `F.G` of a closure finding's key `pkg.F.G.func*`, or undefined. */
function closureOwner(f) {
    if (f.cls !== 'closure' || !f.key.endsWith('.func*'))
        return undefined;
    const dot = packageDot(f.key);
    return dot > 0 && f.key.length > dot + 7 ? { pkg: f.key.slice(0, dot), path: f.key.slice(dot + 1, -6) } : undefined;
}
const nests = (a, b) => a.startsWith(`${b}.`) || a.endsWith(`.${b}`);
/** One build's closures: by key, and the function paths of all its closures, whatever their package. */
class Closures {
    table;
    paths;
    constructor(table) {
        this.table = table;
    }
    has(key) {
        return this.table.slotOf(key) !== undefined;
    }
    /** Built on first use: only diffs with a closure left over pay for it. */
    hasPath(path) {
        if (!this.paths) {
            this.paths = new Set();
            for (const k of this.table.keyList()) {
                const dot = k.endsWith('.func*') ? packageDot(k) : -1;
                if (dot > 0)
                    this.paths.add(k.slice(dot + 1, -6));
            }
        }
        return this.paths.has(path);
    }
}
/**
 * Whether `other` has a closure of a proper part of `path`: its leading part (`Caller`) in the same
 * package, or its trailing part (`Callee`) in any package, since an inlined callee from another
 * package is named without its package (`cobra.(*Command).mergePersistentFlags.(*FlagSet).AddFlagSet.func1`).
 */
function otherHasPart(pkg, path, other) {
    const segs = segments(path);
    for (let i = 1; i < segs.length; i++) {
        if (other.has(`${pkg}.${segs.slice(0, i).join('.')}.func*`))
            return true;
        if (other.hasPath(segs.slice(i).join('.')))
            return true;
    }
    return false;
}
/**
 * Rule inlined-closure: drops a removed closure and an added one of the same package whose function
 * paths nest (`Callee` / `Caller.Callee`), and a removed or added `Caller.Callee` closure when the
 * other build has the closures of `Caller` or of `Callee`.
 */
function foldInlinedClosures(findings, base, head) {
    const owned = (change) => findings.flatMap((f) => {
        const o = f.change === change ? closureOwner(f) : undefined;
        return o ? [{ f, ...o }] : [];
    });
    const removed = owned('removed');
    const added = owned('added');
    if (removed.length === 0 && added.length === 0)
        return findings;
    const [inBase, inHead] = [new Closures(base), new Closures(head)];
    const folded = new Set();
    for (const r of removed) {
        if (otherHasPart(r.pkg, r.path, inHead))
            folded.add(r.f);
        for (const a of added)
            if (a.pkg === r.pkg && (nests(a.path, r.path) || nests(r.path, a.path)))
                folded.add(r.f).add(a.f);
    }
    for (const a of added)
        if (otherHasPart(a.pkg, a.path, inBase))
            folded.add(a.f);
    return folded.size === 0 ? findings : findings.filter((f) => !folded.has(f));
}
/** `go1.19.8` → 19; undefined for anything else (devel builds, unknown). */
function goMinor(version) {
    const m = version ? /^go1\.(\d+)(?:\D|$)/.exec(version) : null;
    return m ? Number(m[1]) : undefined;
}
/** The Go release whose compiler lays out inlinable initializers statically (linker-dropped-var). */
const staticInitMinor = 21;
/**
 * Rule linker-dropped-var: moves variables of module packages removed from (or added to) an
 * executable from diff.findings to diff.droppedVars, when one executable was linked by Go ≤1.20 and
 * the other by Go ≥1.21. A function is never moved, nor anything when both Gos are on the same side,
 * nor std variables (scope `all`): the std's own source differs between the two Gos.
 */
function separateDroppedVars(diff, baseGo, headGo) {
    const b = goMinor(baseGo);
    const h = goMinor(headGo);
    if (b === undefined || h === undefined)
        return;
    // The side that still has the variable is the side built before 1.21.
    const keptBy = b < staticInitMinor && h >= staticInitMinor ? 'base' : h < staticInitMinor && b >= staticInitMinor ? 'head' : undefined;
    if (!keptBy)
        return;
    diff.findings = diff.findings.filter((f) => {
        const dropped = (f.cls === 'api' || f.cls === 'unexported') &&
            (keptBy === 'base' ? f.change === 'removed' && isData(f.baseKind) : f.change === 'added' && isData(f.headKind));
        if (dropped)
            diff.droppedVars.push({ key: f.key, pkg: f.pkg, keptBy });
        return !dropped;
    });
}

;// CONCATENATED MODULE: ./src/abi/diff.ts
// Owns SymbolDiff: what changed between two SymbolTables (added, removed, kind changed, variable
// size changed) and the size delta of every package.

// A function's code size changes with every edit and every compiler; a variable's size changes
// when its type does. Only the latter is an ABI change; the former shows in package sizes.
const sizeIsAbi = (kind) => kind !== 'T';
/** UTF-16 code-unit order (JavaScript's own `<`): stable across locales, and far cheaper than localeCompare on thousands of names. */
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function diffTables(base, head) {
    const findings = [];
    const baseKeys = base.keyList();
    for (let b = 0; b < baseKeys.length; b++) {
        const key = baseKeys[b];
        const h = head.slotOf(key);
        if (h === undefined) {
            const e = base.at(b);
            findings.push({ change: 'removed', key, pkg: e.pkg, cls: e.cls, baseKind: e.kind, baseSize: e.size });
            continue;
        }
        const bk = base.kindAt(b);
        const hk = head.kindAt(h);
        const bs = base.sizeAt(b);
        const hs = head.sizeAt(h);
        if ((bk !== hk && !sameVariable(bk, hk, bs, hs)) || (bs !== hs && sizeIsAbi(bk))) {
            const e = base.at(b);
            findings.push({
                change: bk !== hk ? 'kind' : 'size',
                key,
                pkg: e.pkg,
                cls: e.cls,
                baseKind: bk,
                headKind: hk,
                baseSize: bs,
                headSize: hs,
            });
        }
    }
    const headKeys = head.keyList();
    for (let h = 0; h < headKeys.length; h++) {
        if (base.slotOf(headKeys[h]) !== undefined)
            continue;
        const e = head.at(h);
        findings.push({ change: 'added', key: e.key, pkg: e.pkg, cls: e.cls, headKind: e.kind, headSize: e.size });
    }
    const kept = foldInlinedClosures(findings, base, head);
    kept.sort((x, y) => byText(x.pkg, y.pkg) || byText(x.key, y.key));
    const packages = [];
    for (const pkg of new Set([...base.packageSizes.keys(), ...head.packageSizes.keys()])) {
        const b = base.packageSizes.get(pkg) ?? 0;
        const h = head.packageSizes.get(pkg) ?? 0;
        packages.push({ pkg, base: b, head: h, delta: h - b });
    }
    packages.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byText(x.pkg, y.pkg));
    return {
        findings: kept,
        inlined: [],
        droppedVars: [],
        packages,
        baseSymbols: base.definedCount,
        headSymbols: head.definedCount,
        baseCompared: base.size,
        headCompared: head.size,
    };
}

;// CONCATENATED MODULE: ./src/abi/findings.ts
function setDiff(a, b) {
    const sa = new Set(a);
    const sb = new Set(b);
    return { added: b.filter((x) => !sa.has(x)), removed: a.filter((x) => !sb.has(x)) };
}
function diffDynamic(base, head) {
    return { libs: setDiff(base.needed, head.needed), imports: setDiff(base.imports, head.imports) };
}
function finding(artifact, f) {
    return { artifact, breaking: false, ...f };
}
const fmtSize = (kind, size) => `${kind ?? '?'} ${size ?? 0} B`;
function symbolFindings(artifact, diff) {
    return diff.findings.map((s) => {
        const change = s.change === 'added' || s.change === 'removed' ? s.change : 'changed';
        const detail = s.change === 'added'
            ? `added (${fmtSize(s.headKind, s.headSize)})`
            : s.change === 'removed'
                ? `removed (was ${fmtSize(s.baseKind, s.baseSize)})`
                : s.change === 'kind'
                    ? `kind ${s.baseKind} → ${s.headKind}`
                    : `size ${s.baseSize} → ${s.headSize} B (${s.baseKind}: the variable's type changed)`;
        return finding(artifact, { category: 'symbol', change, subject: s.key, group: s.pkg || '(no package)', detail });
    });
}
/** Typed API changes of one archive: subjects are the names go tool nm prints, so suppressions match both layers. */
function apiFindings(artifact, pkg, changes) {
    return changes.map((c) => finding(artifact, {
        category: 'api',
        change: c.change,
        subject: c.subject,
        group: pkg,
        detail: `${c.compatible ? 'compatible' : 'incompatible'} (${c.rule}): ${c.detail}`,
        compatible: c.compatible,
        ...(c.pos ? { pos: c.pos } : {}),
    }));
}
/**
 * Symbol findings the typed layer explains: an exported name of `pkg` (`pkg.F`, `pkg.T.M`,
 * `pkg.(*T).M`, `pkg.G[...]`) in `artifact`. When the typed layer read both sides, its findings say
 * the same with signatures, so these symbol findings are dropped instead of reported twice.
 */
function explainedByApi(f, artifact, pkg) {
    if (f.category !== 'symbol' || f.artifact !== artifact || !f.subject.startsWith(`${pkg}.`))
        return false;
    const rest = f.subject.slice(pkg.length + 1).replace(/^\(\*/, '');
    return /^\p{Lu}/u.test(rest);
}
/** The four ways a dynamic section can differ, in report order. */
const dynamicChanges = [
    { items: (d) => d.libs.added, change: 'added', subject: 'lib', group: 'dynamic libraries', detail: (n) => `new DT_NEEDED ${n}` },
    { items: (d) => d.libs.removed, change: 'removed', subject: 'lib', group: 'dynamic libraries', detail: (n) => `no longer needs ${n}` },
    { items: (d) => d.imports.added, change: 'added', subject: 'import', group: 'dynamic imports', detail: (n) => `imports ${n}` },
    {
        items: (d) => d.imports.removed,
        change: 'removed',
        subject: 'import',
        group: 'dynamic imports',
        detail: (n) => `no longer imports ${n}`,
    },
];
function dynamicFindings(artifact, d) {
    return dynamicChanges.flatMap((k) => k
        .items(d)
        .map((n) => finding(artifact, { category: 'dynamic', change: k.change, subject: `${k.subject}:${n}`, group: k.group, detail: k.detail(n) })));
}
function buildFindings(artifact, changes) {
    return changes.map((c) => {
        const change = c.base === '' ? 'added' : c.head === '' ? 'removed' : 'changed';
        const subject = c.what === 'go' ? 'go' : `${c.what}:${c.name}`;
        const detail = `${c.what === 'go' ? 'Go version' : c.name}: ${c.base || '(none)'} → ${c.head || '(none)'}`;
        return finding(artifact, { category: 'build', change, subject, group: c.what === 'module' ? 'modules' : 'build settings', detail });
    });
}
function artifactFindings(onlyBase, onlyHead) {
    return [
        ...onlyBase.map((p) => finding(p, {
            category: 'artifact',
            change: 'removed',
            subject: `artifact:${p}`,
            group: 'artifacts',
            detail: `${p} exists in base only`,
        })),
        ...onlyHead.map((p) => finding(p, {
            category: 'artifact',
            change: 'added',
            subject: `artifact:${p}`,
            group: 'artifacts',
            detail: `${p} exists in head only`,
        })),
    ];
}
/**
 * One finding per GODEBUG default that differs between the sides for a package head links: run-time
 * behaviour, not API, so it breaks only when fail-on names behavior-changes (or is any).
 */
function behaviorFindings(artifact, r) {
    return r.changes.map((c) => finding(artifact, {
        category: 'behavior',
        change: 'changed',
        subject: `godebug:${c.name}`,
        group: `Go behaviour (GODEBUG, ${c.package})`,
        detail: `default ${c.base.value || '(package default)'} → ${c.head.value || '(package default)'}${c.changedIn ? ` (changed in Go ${c.changedIn})` : ''}${c.restore ? `; keep the base behaviour with ${c.restore.goDebugDirective}` : ''}; ${c.docUrl}`,
    }));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/abi/nm.ts
// Owns reading `go tool nm -size` output: one pure line parser and a streaming reader over the
// child's stdout, so memory grows with the symbols kept, never with the text of the listing.



// `%8x %10d %c %s`, address blank for U; archives prefix `file(member):\t`. We never pass -type:
// Go names contain spaces (`type:func(int) string`), so a trailing type column would be ambiguous.
// Parsed by hand on the bytes (no regex, no decoded chunk): a large binary lists tens of thousands of lines.
const SPACE = 32;
const SLASH = 47;
const NEWLINE = 10;
const OPEN_PAREN = 40;
const isDigit = (c) => c >= 48 && c <= 57;
const isHex = (c) => isDigit(c) || (c >= 97 && c <= 102);
const MEMBER_END = Buffer.from('):\t');
/** Both ways to slice, the native one undefined on a Node without it (a test checks they agree). */
const utf8Slicers = {
    native: typeof Buffer.prototype.utf8Slice === 'function'
        ? (buf, from, to) => buf.utf8Slice(from, to)
        : undefined,
    portable: (buf, from, to) => buf.toString('utf8', from, to),
};
const utf8Slice = utf8Slicers.native ?? utf8Slicers.portable;
/** Parses one line of the listing (tests and single lines; streamNm parses in place). */
function parseNmLine(text) {
    const out = { name: '', code: '', size: 0, member: '' };
    const buf = Buffer.from(text, 'utf8');
    return parseLine(buf, 0, buf.length, out) ? out : undefined;
}
/**
 * Reads `[file(member):\t]address size code name` from buf[from, to) into out; false when that is
 * not a symbol line. Works on the bytes: only the name (and a member) become strings, each its own,
 * so no text of the listing outlives the chunk it came in. A member prefix is looked for only on
 * lines starting with '/': streamNm passes nm an absolute path.
 */
function parseLine(buf, from, to, out) {
    let i = from;
    out.member = '';
    if (buf[i] === SLASH) {
        const tab = buf.indexOf(MEMBER_END, i);
        if (tab > 0 && tab < to) {
            const open = buf.lastIndexOf(OPEN_PAREN, tab);
            if (open >= i)
                out.member = utf8Slice(buf, open + 1, tab);
            i = tab + 3;
        }
    }
    while (i < to && buf[i] === SPACE)
        i++;
    const first = i;
    while (i < to && isHex(buf[i]))
        i++;
    const firstEnd = i;
    while (i < to && buf[i] === SPACE)
        i++;
    let sizeAt = i;
    if (i > firstEnd && i < to && isDigit(buf[i])) {
        // address, then size
        while (i < to && isDigit(buf[i]))
            i++;
    }
    else {
        // one number: the size (undefined symbols have a blank address)
        sizeAt = first;
        i = firstEnd;
    }
    if (i === sizeAt || i + 2 >= to || buf[i] !== SPACE || buf[i + 2] !== SPACE)
        return false;
    let size = 0;
    for (let k = sizeAt; k < i; k++) {
        const c = buf[k];
        if (!isDigit(c))
            return false;
        size = size * 10 + (c - 48);
    }
    out.name = utf8Slice(buf, i + 3, to);
    out.code = String.fromCharCode(buf[i + 1]);
    out.size = size;
    return true;
}
class NmError extends Error {
    name = 'NmError';
}
/**
 * Splits a listing's chunks into lines and parses each where it lies; only a partial last line is
 * carried over. A class, not closures per run: both sides' listings run through the same methods
 * (and the same sink class), so V8 optimizes each once instead of deoptimizing on the second
 * side's closures (measured with --trace-deopt in bench/abi.ts runs: "wrong call target").
 */
class NmReader {
    sink;
    count = 0;
    unparsed = '';
    carry;
    scratch = { name: '', code: '', size: 0, member: '' };
    constructor(sink) {
        this.sink = sink;
    }
    push(b) {
        let start = 0;
        let nl = b.indexOf(NEWLINE);
        if (this.carry !== undefined) {
            if (nl < 0) {
                this.carry = Buffer.concat([this.carry, b]);
                return;
            }
            const line = Buffer.concat([this.carry, b.subarray(0, nl)]);
            this.line(line, 0, line.length);
            this.carry = undefined;
            start = nl + 1;
            nl = b.indexOf(NEWLINE, start);
        }
        for (; nl >= 0; nl = b.indexOf(NEWLINE, start)) {
            this.line(b, start, nl);
            start = nl + 1;
        }
        if (start < b.length)
            this.carry = Buffer.from(b.subarray(start));
    }
    end() {
        if (this.carry !== undefined)
            this.line(this.carry, 0, this.carry.length);
        this.carry = undefined;
    }
    line(buf, from, to) {
        if (parseLine(buf, from, to, this.scratch)) {
            this.count++;
            this.sink.add(this.scratch);
        }
        else if (!this.unparsed) {
            const text = buf.toString('utf8', from, to);
            if (text.trim() !== '')
                this.unparsed = text;
        }
    }
}
/**
 * nm's environment when the nm tool binary is run directly (go-command.ts goToolCommand): Go's
 * collector off unless the user set GOGC, with a GOMEMLIMIT (unless set) so that it still collects
 * past 512 MiB. nm is a short-lived reader whose heap stays small (~13 MB reading an 18 MB cmd/go;
 * it maps the file), and without collections it finishes ~12 ms (15 %) sooner per run (bench/abi.ts
 * prints the floor both ways). Through `go tool nm` the env is left as given: the go command may
 * build the tool first (Go 1.24+ ships fewer of them prebuilt), and a compiler should collect.
 */
function nmEnv(command, env) {
    if (command.length !== 1 || env.GOGC !== undefined)
        return env;
    return { ...env, GOGC: 'off', GOMEMLIMIT: env.GOMEMLIMIT ?? '512MiB' };
}
/**
 * Runs `go tool nm -size -sort none <file>` (`command` is the nm tool itself or `[go, 'tool', 'nm']`,
 * see goToolCommand) and hands every parsed line to `sink` (or a function) as it arrives. The
 * symbol object is reused for the next line: copy what you keep. Resolves with the number of lines
 * read; rejects with the tool's own message on failure.
 */
function streamNm(command, file, sink, opts) {
    // Absolute, so a member prefix (`/abs/x.a(_go_.o):\t`) is the only kind of line that starts with '/'.
    const [bin, ...pre] = command;
    const args = [...pre, '-size', '-sort', 'none', external_node_path_.resolve(file)];
    const reader = new NmReader(typeof sink === 'function' ? { add: sink } : sink);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(bin, args, { env: nmEnv(command, opts.env ?? process.env), stdio: ['ignore', 'pipe', 'pipe'], shell: false });
        let stderr = '';
        child.stderr.on('data', (b) => {
            if (stderr.length < 8192)
                stderr += b.toString();
        });
        child.stdout.on('data', (b) => reader.push(b));
        const drained = new Promise((res) => child.stdout.on('close', () => {
            reader.end();
            res();
        }));
        child.on('error', (e) => {
            const why = e.code === 'ENOENT' ? `${bin} was not found` : e.message;
            reject(new NmError(`${opts.label}: cannot run ${(0,run/* describeCommand */.vL)(bin, args)}: ${why}`));
        });
        const exited = new Promise((res) => child.on('close', (code) => res(code ?? 1)));
        void Promise.all([exited, drained]).then(([code]) => {
            if (code !== 0) {
                reject(new NmError(`${opts.label}: ${(0,run/* describeCommand */.vL)(bin, args)} failed (exit ${code}): ${stderr.trim() || 'no output'}`));
            }
            else if (reader.unparsed && reader.count === 0) {
                reject(new NmError(`${opts.label}: unexpected go tool nm output: ${JSON.stringify(reader.unparsed.slice(0, 200))}`));
            }
            else
                resolve(reader.count);
        });
    });
}

;// CONCATENATED MODULE: ./src/abi/normalize.ts

const closureSegment = /^(func\d+|gowrap\d+|deferwrap\d+|\d+)$/;
// 1.19 used `go.` for linker-made symbols; 1.20+ uses `go:`. Listed, because `go.uber.org/...` is a real package.
const linkerGoPrefix = /^go\.(itab|string|info|cuinfo|func|funcrel|buildid|buildinfo|importpath|link|constinfo|debuglines|loc|range|ranges|map|track|weak|plugin|runtimeinfo)\b/;
// Each rule's rewrite; nameRules documents them and normalizeName applies them in the same order.
const localSuffix = (n) => (n.endsWith('>') ? n.replace(/<\d+>$/, '') : n);
const typePrefix = (n) => n.startsWith('type..') ? `type:.${n.slice(6)}` : n.startsWith('type.') ? `type:${n.slice(5)}` : n;
const linkerPrefix = (n) => (n.startsWith('go.') && linkerGoPrefix.test(n) ? `go:${n.slice(3)}` : n);
const shapeIndex = (n) => (n.includes('go.shape.') ? n.replace(/(go\.shape\.[^,\]\s]*?)_\d+(?=[,\]\s]|$)/g, '$1') : n);
const methodDictionary = (n) => !n.includes('..dict.')
    ? n
    : n.replace(/\.\.dict\.(?:\(\*([^)]+)\)|([^.([]+\[[^\]]*\]))\.[^.]+$/, (_m, p, v) => `..dict.${p ?? v ?? ''}`);
const abiWrapper = (n) => (n.endsWith('.abi0') ? n.slice(0, -5) : n.endsWith('.abiinternal') ? n.slice(0, -12) : n);
const mapInit = (n) => (n.includes('.map.init.') ? n.replace(/\.map\.init\.\d+$/, '.init') : n);
const globClosure = (n) => (n.includes('.glob..') ? n.replace(/\.glob\.\.(?=(?:func|gowrap|deferwrap)\d)/, '.init.') : n);
const cgoPrefix = (n) => (n.includes('_cgo_') ? n.replace(/(^|\.)_cgo_[0-9a-f]{12}_/, '$1_cgo_') : n);
const nameRules = [
    {
        id: 'local-suffix',
        why: 'Package-local symbols in archives carry a `<N>` version suffix whose number is arbitrary.',
        go119: 'example.com/abifix/api..stmp_0<1>',
        go123: 'example.com/abifix/api..stmp_0<1>',
        normalized: 'example.com/abifix/api..stmp_0',
        apply: localSuffix,
    },
    {
        id: 'type-prefix',
        why: 'Go 1.20 renamed type descriptors from `type.` to `type:` (and `type..` helpers to `type:.`).',
        go119: 'type.*example.com/abifix/api.Point',
        go123: 'type:*example.com/abifix/api.Point',
        normalized: 'type:*example.com/abifix/api.Point',
        apply: typePrefix,
    },
    {
        id: 'linker-go-prefix',
        why: 'Go 1.20 renamed linker-made symbols from `go.` to `go:` (itab, string, info, cuinfo, func, buildinfo...).',
        go119: 'go.itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
        go123: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
        normalized: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
        apply: linkerPrefix,
    },
    {
        id: 'shape-index',
        why: 'Go 1.19 numbers generic shape arguments (`go.shape.int_0`); Go 1.21+ does not.',
        go119: 'example.com/abifix/api.Map[go.shape.int_0,go.shape.string_1]',
        go123: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
        normalized: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
        apply: shapeIndex,
    },
    {
        id: 'method-dictionary',
        why: 'Go 1.19 emits one generic dictionary per method (`..dict.(*T[int]).M`); Go 1.21+ one per type (`..dict.T[int]`).',
        go119: 'example.com/abifix/api..dict.(*Stack[int]).Push',
        go123: 'example.com/abifix/api..dict.Stack[int]',
        normalized: 'example.com/abifix/api..dict.Stack[int]',
        apply: methodDictionary,
    },
    {
        id: 'package-closure',
        why: 'A closure in a package-level variable initializer: Go 1.19 and 1.21 name it `glob..func1`; Go 1.23 compiles package initialization into `init` and names it `init.func1`.',
        go119: 'github.com/spf13/pflag.glob..func1',
        go123: 'github.com/spf13/pflag.init.func1',
        normalized: 'github.com/spf13/pflag.init.func*',
        apply: globClosure,
    },
    {
        id: 'map-init',
        why: "Go 1.21 moves each large map literal's initialization out of `init` into a `map.init.N` function (cmd/compile staticinit), so that the linker can drop maps nothing uses; it is still package initialization.",
        go119: 'github.com/spf13/cobra.init',
        go123: 'github.com/spf13/cobra.map.init.0',
        normalized: 'github.com/spf13/cobra.init',
        apply: mapInit,
    },
    {
        id: 'closure',
        why: 'Closure names depend on the compiler: 1.19 `F.func1.1`/`F.func2`, 1.22+ `F.func1.deferwrap1`/`F.gowrap1`, and inlined closures repeat the enclosing name (`F.F.func1.func2`). All closures of a function become one `F.func*` entry (sizes summed).',
        go119: 'example.com/abifix/native.Measure.func1.1',
        go123: 'example.com/abifix/native.Measure.Measure.func1.func2',
        normalized: 'example.com/abifix/native.Measure.func*',
        apply: collapseClosures,
    },
    {
        id: 'abi-wrapper',
        why: 'ABI wrappers (`.abi0`, `.abiinternal`) appear and disappear with the register ABI and assembly changes; they are the same function.',
        go119: 'example.com/abifix/native._Cfunc_free.abi0',
        go123: 'example.com/abifix/native._Cfunc_free.abi0',
        normalized: 'example.com/abifix/native._Cfunc_free',
        apply: abiWrapper,
    },
    {
        id: 'cgo-prefix',
        why: "cgo prefixes its glue with `_cgo_` and a hash of the package's cgo input files (cmd/cgo `cPrefix`): a new Go (whose `net` differs) or any edit changes the hash, not the function.",
        go119: '_cgo_2ac87069779a_Cfunc_getaddrinfo',
        go123: '_cgo_04fbb8f65a5f_Cfunc_getaddrinfo',
        normalized: '_cgo_Cfunc_getaddrinfo',
        apply: cgoPrefix,
    },
];
// Cheap pre-check: most names have no closure segment, and splitting is the costly part.
const mayHaveClosure = /\.(?:func|gowrap|deferwrap)?\d+(?:\.|$)/;
function collapseClosures(name) {
    if (!mayHaveClosure.test(name))
        return name;
    // The package as the linker spells it (`gopkg.in/yaml%2ev3`): the key is classified by that spelling.
    const dot = packageDot(name);
    if (dot < 0)
        return name;
    const pkg = name.slice(0, dot);
    const segs = segments(name.slice(dot + 1));
    const first = segs.findIndex((s, i) => i > 0 && closureSegment.test(s));
    if (first < 0)
        return name;
    const outer = segs.slice(0, first).filter((s, i, all) => i === 0 || s !== all[i - 1]);
    return `${pkg}.${outer.join('.')}.func*`;
}
/** Applies every rule of nameRules, in its order (direct calls: this runs once per symbol; a unit test checks the two agree). */
function normalizeName(name) {
    return cgoPrefix(abiWrapper(collapseClosures(mapInit(globClosure(methodDictionary(shapeIndex(linkerPrefix(typePrefix(localSuffix(name))))))))));
}
const metadataSuffix = /\.(arginfo\d*|argliveinfo|stkobj|opendefer|wrapinfo|args_stackmap|inlTree\.\d+|jump\d+)$|·f$/;
const cgoInternal = /^_cgo_|^_Cfunc_|^_Cvar_|^_Ctype_|^_C2func_|^_cgoexp_/;
function classify(normalized, modulePaths = []) {
    return new SymbolNormalizer(modulePaths).classify(normalized, { key: '', pkg: '', cls: 'c' }).cls;
}
/** `init` or `init.<N>` starting at `at` and running to the end of `name`. */
function isInitAt(name, at) {
    if (!name.startsWith('init', at))
        return false;
    if (name.length === at + 4)
        return true;
    if (name.charCodeAt(at + 4) !== 46 || name.length === at + 5)
        return false;
    for (let i = at + 5; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
/**
 * Sets `out.cls` and `out.pkg` for a normalized name. `packageAt(name, dot)` gives the facts of the
 * package that ends at `dot` (callers memoize it). Works on offsets into the name: the hot path
 * (distribution symbols) slices nothing.
 */
function classifyName(normalized, packages, out) {
    const n = normalized;
    out.pkg = '';
    if (n.startsWith('type:'))
        out.cls = 'type';
    else if (n.startsWith('go:') || n.startsWith('$'))
        out.cls = 'linker';
    else if (n.startsWith('gclocals·') || n.startsWith('runtime.gcbits.') || metadataSuffix.test(n))
        out.cls = 'metadata';
    else {
        const dot = packageDot(n);
        if (dot < 0) {
            out.cls = 'c';
            return;
        }
        const facts = packages.packageAt(n, dot);
        const rest = dot + 1;
        if (n.startsWith('.dict.', rest) && !facts.distribution) {
            out.cls = 'instantiation';
            out.pkg = facts.pkg;
        }
        else if (n.charCodeAt(rest) === 46 || isInitAt(n, rest)) {
            out.cls = 'linker'; // ..inittask, ..stmp_N, init
        }
        else {
            out.pkg = facts.pkg;
            // A method value's wrapper is compiled into the package taking the value (or inlining code
            // that does), under the method's own package: it says who calls, not what a package offers.
            if (n.endsWith('-fm'))
                out.cls = 'wrapper';
            else if (facts.distribution)
                out.cls = 'distribution';
            else if (n.indexOf('..dict.', rest) >= 0 || n.indexOf('[', rest) >= 0)
                out.cls = 'instantiation';
            else if (n.length - rest >= 6 && n.endsWith('.func*'))
                out.cls = 'closure';
            else {
                const segs = segments(n.slice(rest));
                if (segs.some((s) => cgoInternal.test(s))) {
                    out.cls = 'c';
                    out.pkg = '';
                }
                else {
                    const exported = segs.length === 1 ? isExportedIdent(segs[0]) : segs.length === 2 && isExportedIdent(segs[0]) && isExportedIdent(segs[1]);
                    out.cls = exported ? 'api' : 'unexported';
                }
            }
        }
    }
}
/** Upper-cased nm code: `t`/`T` differ between archives (global) and executables (all local). */
function kindOf(code) {
    const c = code.charCodeAt(0);
    return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : code;
}
/**
 * Normalizes the symbols of one build. Holds a per-package memo: a build has a few hundred
 * packages and tens of thousands of symbols. The memo also hands out one string per package, so
 * tables keyed by package hash each package name once. (A memo per name does not pay: measured
 * with bench/abi.ts, the lookups cost more than normalizing again.)
 */
class SymbolNormalizer {
    modulePaths;
    /** Keyed by the package as the linker spells it. */
    packages = new Map();
    // nm lists a package's symbols together: the last package is checked first, without slicing.
    lastPackage = '';
    lastFacts;
    constructor(modulePaths = []) {
        this.modulePaths = modulePaths;
    }
    /**
     * The facts of the package that ends at `dot` in `name`, memoized. A method, not a closure per
     * normalizer: both builds' normalizers then share one call target (see nm.ts NmReader).
     */
    packageAt(name, dot) {
        if (this.lastFacts !== undefined && dot === this.lastPackage.length && name.startsWith(this.lastPackage))
            return this.lastFacts;
        const linkerPkg = name.slice(0, dot);
        let f = this.packages.get(linkerPkg);
        if (f === undefined) {
            const pkg = unescapePackage(linkerPkg);
            this.packages.set(linkerPkg, (f = { pkg, distribution: isDistributionPackage(pkg, this.modulePaths) }));
        }
        this.lastPackage = linkerPkg;
        this.lastFacts = f;
        return f;
    }
    /** Package and class of an already normalized name, written into `into`. */
    classify(normalized, into) {
        into.key = normalized;
        classifyName(normalized, this, into);
        return into;
    }
    /**
     * Key, package and class of a raw (defined) symbol name, written into `into`. With `wanted`, a
     * type descriptor or linker symbol (told by its prefix alone) of a class not wanted is not
     * normalized: its key is ''. (A table of the exported scope keeps neither, but counts their sizes.)
     */
    facts(raw, into, wanted) {
        const dot = plainDot(raw);
        if (dot < 0) {
            const cls = wanted && prefixClass(raw);
            if (cls && !wanted.has(cls)) {
                into.key = '';
                into.pkg = '';
                into.cls = cls;
                return into;
            }
            return this.classify(normalizeName(raw), into);
        }
        // A plain name is its own key (no rule rewrites it) and is an API, unexported or distribution symbol.
        const facts = this.packageAt(raw, dot);
        into.key = raw;
        into.pkg = facts.pkg;
        if (facts.distribution)
            into.cls = 'distribution';
        else {
            const last = raw.lastIndexOf('.') + 1;
            const first = raw.charCodeAt(dot + 1) === 40 ? dot + 3 : dot + 1;
            into.cls = isUpperAscii(raw.charCodeAt(first)) && isUpperAscii(raw.charCodeAt(last)) ? 'api' : 'unexported';
        }
        return into;
    }
}
/*
 * The fast path of SymbolNormalizer.facts. Most symbols of a program (about three in four, mostly
 * runtime and std) are plain: `pkg.F`, `pkg.T.M` or `pkg.(*T).M` with ASCII identifiers. No rule of
 * nameRules rewrites a plain name, and classifyName can only call it api, unexported or
 * distribution, so the rules and the classifier's scans are skipped for it. Plain means: the part
 * after the package is one or two identifiers (the first may be a `(*T)` receiver), so no closure
 * number, `<N>`, `[...]`, `..`, `-fm` or `·`; it starts with none of the prefixes the rules and the
 * classifier look at (type descriptors, linker symbols, `$` constants, gclocals, gcbits); it ends in
 * none of the words they look at (closures, ABI wrappers, metadata tables, `init`); and it holds no
 * cgo name. test/integration/abi-plain-names.test.ts checks fast and full path agree on every
 * symbol of real programs and archives built by Go 1.19 and 1.23.
 */
const plainRest = /(?:\(\*[A-Za-z_]\w*\)|[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)?$/y;
const notPlain = /^(?:type[.:]|go[.:]|\$|gclocals|runtime\.gcbits\.)|\.(?:func\d+|gowrap\d+|deferwrap\d+|arginfo\d*|argliveinfo|stkobj|opendefer|wrapinfo|args_stackmap|jump\d+|abi0|abiinternal|init)$|_C|_cgo|go\.shape\./;
/** The package's dot of a plain name (see above), or -1 when the name needs the rules. */
function plainDot(raw) {
    const dot = packageDot(raw);
    if (dot <= 0 || notPlain.test(raw))
        return -1;
    plainRest.lastIndex = dot + 1;
    return plainRest.test(raw) ? dot : -1;
}
/**
 * The class a raw name's prefix alone decides (classifyName's first tests, on the name before the
 * rules: type-prefix and linker-go-prefix only rewrite such prefixes, and no rule makes or removes one).
 */
function prefixClass(raw) {
    if (raw.startsWith('type.') || raw.startsWith('type:'))
        return 'type';
    if (raw.startsWith('go:') || raw.startsWith('$') || (raw.startsWith('go.') && linkerGoPrefix.test(raw)))
        return 'linker';
    return undefined;
}
const isUpperAscii = (c) => c >= 65 && c <= 90;
/** Undefined references (U), file markers (_) and nameless lines define nothing in this build. */
function isDefinition(sym) {
    return sym.code !== 'U' && sym.code !== '_' && sym.name !== '';
}

;// CONCATENATED MODULE: ./src/abi/inlined.ts




/** Up to this many names are searched for in the table's bytes; beyond, the table is decoded once. */
const directLookups = 64;
const NUL = Buffer.from([0]);
/**
 * Which of `keys` (normalized names) the name table holds. A few keys are searched for as they are
 * (a function's Go name is its key); closure keys (`F.func*`) and large sets are matched by
 * normalizing every name in the table once.
 */
function namesIn(table, keys) {
    const found = new Set();
    let rest = keys;
    if (keys.size <= directLookups) {
        const left = new Set();
        for (const k of keys) {
            const name = Buffer.from(`${k}\0`);
            if (table.subarray(0, name.length).equals(name) || table.indexOf(Buffer.concat([NUL, name])) >= 0)
                found.add(k);
            else if (k.includes('*'))
                left.add(k);
        }
        rest = left;
    }
    if (rest.size === 0)
        return found;
    for (let i = 0; i < table.length;) {
        let end = table.indexOf(0, i);
        if (end < 0)
            end = table.length;
        if (end > i) {
            const key = normalizeName(table.toString('utf8', i, end));
            if (rest.has(key))
                found.add(key);
        }
        i = end + 1;
    }
    return found;
}
async function namesOf(a, keys) {
    if (keys.size === 0 || a.kind !== 'go-executable' || !a.elf)
        return new Set();
    const table = await readFuncNameTable(a.path).catch(() => undefined);
    return table ? namesIn(table, keys) : new Set();
}
const isFunction = (f, side) => (side === 'base' ? f.baseKind : f.headKind) === 'T';
/** The Go version that linked an executable (its build info), or undefined. */
async function linkedBy(a) {
    if (a.kind !== 'go-executable' || !a.elf)
        return undefined;
    return (await readGoBuildInfo(a.path).catch(() => undefined))?.version;
}
const inlined_isData = (kind) => kind === 'D' || kind === 'B';
/**
 * Moves removed and added functions that the other executable has inlined from diff.findings to
 * diff.inlined, and variables one executable's linker dropped to diff.droppedVars.
 */
async function separateInlined(diff, base, head) {
    if (diff.findings.some((f) => (f.change === 'removed' && inlined_isData(f.baseKind)) || (f.change === 'added' && inlined_isData(f.headKind)))) {
        const [bv, hv] = await Promise.all([linkedBy(base), linkedBy(head)]);
        if (bv && hv)
            separateDroppedVars(diff, bv, hv);
        diff.droppedVars.sort((x, y) => byText(x.key, y.key));
    }
    const removed = new Set(diff.findings.filter((f) => f.change === 'removed' && isFunction(f, 'base')).map((f) => f.key));
    const added = new Set(diff.findings.filter((f) => f.change === 'added' && isFunction(f, 'head')).map((f) => f.key));
    const [inHead, inBase] = await Promise.all([namesOf(head, removed), namesOf(base, added)]);
    if (inHead.size === 0 && inBase.size === 0)
        return;
    diff.findings = diff.findings.filter((f) => {
        const outOfLine = f.change === 'removed' && inHead.has(f.key) ? 'base' : f.change === 'added' && inBase.has(f.key) ? 'head' : undefined;
        if (outOfLine)
            diff.inlined.push({ key: f.key, pkg: f.pkg, outOfLine });
        return !outOfLine;
    });
    diff.inlined.sort((x, y) => byText(x.key, y.key));
}

;// CONCATENATED MODULE: ./src/abi/table.ts

/** Classes compared in each scope. Metadata and linker tables are counted in sizes only: their names are hashes. */
const compared = {
    exported: new Set(['api']),
    all: new Set(['api', 'unexported', 'closure', 'instantiation', 'distribution', 'type', 'c']),
};
/** Package bucket for symbols without a Go package (C, linker tables). */
const noPackage = '(no package)';
/** Package bucket for type descriptors (their names hold many packages). */
const typeBucket = '(type descriptors)';
class SymbolTable {
    scope;
    modulePaths;
    sizesByPackage = new Map();
    // nm lists a package's symbols together: sizes are summed per run of one bucket, then added to the map.
    runBucket = '';
    runSize = 0;
    totalSize = 0;
    rawCount = 0;
    /** Definitions seen (undefined references excluded): zero means nothing to compare. */
    definedCount = 0;
    normalizer;
    keep;
    scratch = { key: '', pkg: '', cls: 'c' };
    slots = new Map();
    keys = [];
    pkgs = [];
    classes = [];
    /** The first raw name seen for each key. */
    raws = [];
    kinds = [];
    sizes = [];
    counts = [];
    constructor(scope, modulePaths = []) {
        this.scope = scope;
        this.modulePaths = modulePaths;
        this.normalizer = new SymbolNormalizer(modulePaths);
        this.keep = compared[scope];
    }
    add(sym) {
        this.rawCount++;
        if (!isDefinition(sym))
            return;
        const { key, pkg, cls } = this.normalizer.facts(sym.name, this.scratch, this.keep);
        const size = sym.size;
        const kind = kindOf(sym.code);
        this.definedCount++;
        this.totalSize += size;
        const bucket = pkg || (cls === 'type' ? typeBucket : noPackage);
        if (bucket === this.runBucket)
            this.runSize += size;
        else {
            this.flushRun();
            this.runBucket = bucket;
            this.runSize = size;
        }
        if (!this.keep.has(cls))
            return;
        const slot = this.slots.get(key);
        if (slot !== undefined) {
            this.sizes[slot] += size;
            this.counts[slot]++;
            // A text symbol wins over data of the same key (a func and its funcval), so kind stays stable.
            if (this.kinds[slot] !== 'T' && kind === 'T')
                this.kinds[slot] = 'T';
        }
        else {
            this.slots.set(key, this.keys.length);
            this.keys.push(key);
            this.pkgs.push(pkg);
            this.classes.push(cls);
            this.raws.push(sym.name);
            this.kinds.push(kind);
            this.sizes.push(size);
            this.counts.push(1);
        }
    }
    /** Size by package bucket (the Go package, typeBucket or noPackage) of every definition. */
    get packageSizes() {
        this.flushRun();
        return this.sizesByPackage;
    }
    flushRun() {
        if (this.runBucket === '')
            return;
        this.sizesByPackage.set(this.runBucket, (this.sizesByPackage.get(this.runBucket) ?? 0) + this.runSize);
        this.runBucket = '';
        this.runSize = 0;
    }
    /** Number of compared entries (distinct keys). */
    get size() {
        return this.keys.length;
    }
    /** Compared keys, in the order first seen. */
    keyList() {
        return this.keys;
    }
    /** Slot of a key, for the diff's direct reads; undefined when this build has no such entry. */
    slotOf(key) {
        return this.slots.get(key);
    }
    /** The entry in a slot (a fresh object: the table keeps none). */
    at(slot) {
        return {
            key: this.keys[slot],
            pkg: this.pkgs[slot],
            kind: this.kinds[slot],
            size: this.sizes[slot],
            cls: this.classes[slot],
            raw: this.raws[slot],
            count: this.counts[slot],
        };
    }
    get(key) {
        const slot = this.slots.get(key);
        return slot === undefined ? undefined : this.at(slot);
    }
    kindAt(slot) {
        return this.kinds[slot];
    }
    sizeAt(slot) {
        return this.sizes[slot];
    }
}

;// CONCATENATED MODULE: ./src/abi/godebug-table.ts
// Owns a Go installation's table of known GODEBUG settings (GOROOT/src/internal/godebugs/table.go,
// Go 1.21+): parsing it and reading it from a GOROOT.



/** Where the table lives in a GOROOT (added in Go 1.21). */
const godebugTablePath = external_node_path_.join('src', 'internal', 'godebugs', 'table.go');
const entryRe = /^\s*\{([^{}]*)\},?\s*(?:\/\/.*)?$/;
const fieldRe = /(\w+):\s*("(?:[^"\\]|\\.)*"|\d+|true|false)/g;
/**
 * Parses the `var All = []Info{...}` literal of table.go. Commented-out entries
 * (`//{Name: "multipartfiles", ...}` in 1.23) are skipped; unknown fields are ignored so a newer
 * table (e.g. one with a Removed field) still parses.
 */
function parseGodebugTable(source) {
    const start = source.search(/^var All = \[\]Info\{/m);
    if (start < 0)
        throw new Error('no `var All = []Info{` in the GODEBUG table source; expected GOROOT/src/internal/godebugs/table.go of Go 1.21+');
    const out = [];
    for (const line of source.slice(start).split('\n').slice(1)) {
        if (/^\}/.test(line))
            break;
        const m = entryRe.exec(line);
        if (!m)
            continue;
        const f = new Map();
        for (const [, key, raw] of m[1].matchAll(fieldRe))
            f.set(key, raw.startsWith('"') ? JSON.parse(raw) : raw);
        const name = f.get('Name');
        if (!name)
            continue;
        const changed = f.get('Changed');
        out.push({
            name,
            package: f.get('Package') ?? '',
            changed: changed ? Number(changed) : undefined,
            old: f.get('Old') || undefined,
            opaque: f.get('Opaque') === 'true',
        });
    }
    return out;
}
function godebug_table_readGodebugTable(goroot) {
    const version = gorootVersionLine(goroot);
    let source;
    try {
        source = (0,external_node_fs_.readFileSync)(external_node_path_.join(goroot, godebugTablePath), 'utf8');
    }
    catch {
        source = undefined;
    }
    return {
        goroot,
        goVersion: version?.startsWith('go') ? version : undefined,
        settings: source === undefined ? undefined : parseGodebugTable(source),
    };
}

;// CONCATENATED MODULE: ./src/abi/godebug.ts
// Owns the Go behaviour changes report of abi-diff: which GODEBUG defaults differ between the base
// and head builds, for packages the binary links. The settings come from the head Go's own
// GOROOT/src/internal/godebugs/table.go (Go 1.21+), never from a table of ours; each side's value
// comes from its build info (Go version, DefaultGODEBUG) and, when known, its go.mod go line.




/** The DefaultGODEBUG facts of a binary's build info. The go line is not in build info: pass it when the go.mod was read. */
function godebugSide(info, goLine) {
    const recorded = info.settings.get('DefaultGODEBUG');
    return { goVersion: info.goVersion, goLine, defaultGodebug: recorded ?? (recordsDefaults(info.goVersion) ? '' : undefined) };
}
/** Go 1.21 began deriving GODEBUG defaults from the go line and recording them as DefaultGODEBUG. */
const firstGoLineMinor = 21;
function minorOf(v) {
    const p = v ? (0,go_version/* parseGoVersion */.SX)(v) : undefined;
    return p && p.major === 1 ? p.minor : undefined;
}
function recordsDefaults(goVersion) {
    return (minorOf(goVersion) ?? 0) >= firstGoLineMinor;
}
function parseDefaultGodebug(text) {
    const out = new Map();
    for (const kv of text.split(',')) {
        const eq = kv.indexOf('=');
        if (eq > 0)
            out.set(kv.slice(0, eq).trim(), kv.slice(eq + 1).trim());
    }
    return out;
}
/**
 * The value a changed setting has after the change. The table only records the old value; every
 * changed setting in 1.21–1.23 is a 0/1 switch, so the new default is the other one. '' (the
 * package's built-in default) when the old value is not a switch.
 */
function newDefault(s) {
    return s.old === '1' ? '0' : s.old === '0' ? '1' : '';
}
const valueRules = [
    {
        id: 'toolchain-predates',
        why: 'The Go that built this side is older than the release that changed the default, so it has the old behaviour whatever its go line says.',
        example: { side: { goVersion: 'go1.19.8', goLine: '1.19' }, setting: 'asynctimerchan', value: '1' },
        value: (s, v) => (s.changed !== undefined && v.minor !== undefined && v.minor < s.changed ? s.old : undefined),
    },
    {
        id: 'default-godebug',
        why: 'The go command (1.21+) records in DefaultGODEBUG every default it moved back for an older go line, and every //go:debug or go.mod godebug line: that is what the binary runs with.',
        example: {
            side: {
                goVersion: 'go1.23.5',
                defaultGodebug: 'asynctimerchan=1,gotypesalias=0,httplaxcontentlength=1,httpmuxgo121=1,httpservecontentkeepheaders=1,panicnil=1,tls10server=1,tls3des=1,tlskyber=0,tlsrsakex=1,tlsunsafeekm=1,winreadlinkvolume=0,winsymlink=0,x509keypairleaf=0,x509negativeserial=1',
            },
            setting: 'httpmuxgo121',
            value: '1',
        },
        value: (s, v) => v.recorded?.get(s.name),
    },
    {
        id: 'go-line',
        why: 'DefaultGODEBUG unknown (no build info): a Go 1.21+ build with a go line older than the change gets the old value (cmd/go/internal/load/godebug.go).',
        example: { side: { goVersion: 'go1.23.5', goLine: '1.22' }, setting: 'asynctimerchan', value: '1' },
        value: (s, v) => {
            const line = minorOf(v.side.goLine);
            return v.recorded === undefined &&
                s.changed !== undefined &&
                line !== undefined &&
                (v.minor ?? 0) >= firstGoLineMinor &&
                line < s.changed
                ? s.old
                : undefined;
        },
    },
    {
        id: 'toolchain-default',
        why: 'Nothing moved the setting back: the building Go’s own default applies (before 1.21 the go line never mattered).',
        example: { side: { goVersion: 'go1.23.5', goLine: '1.23', defaultGodebug: '' }, setting: 'asynctimerchan', value: '0' },
        value: (s) => (s.changed !== undefined ? newDefault(s) : ''),
    },
];
function view(side) {
    return {
        side,
        minor: minorOf(side.goVersion),
        recorded: side.defaultGodebug === undefined ? undefined : parseDefaultGodebug(side.defaultGodebug),
    };
}
/** One side's value of one setting, and the rule that decided it. */
function sideValue(s, side) {
    return godebug_valueOf(s, view(side));
}
function godebug_valueOf(s, v) {
    for (const rule of valueRules) {
        const value = rule.value(s, v);
        if (value !== undefined)
            return { value, rule: rule.id };
    }
    return { value: '', rule: 'toolchain-default' };
}
/** go.dev/doc/godebug's history has one section per release, `### Go 1.23`, rendered with the anchor `#go-123`. */
function godebugDocUrl(changed) {
    return `https://go.dev/doc/godebug${changed === undefined ? '#history' : `#go-1${changed}`}`;
}
/** Settings whose name says they only change Windows behaviour (doc/godebug.md: reparse points, volumes). */
const windowsOnly = /^win/;
/** The settings whose effective default differs between the sides, for linked packages only (pure). */
function computeBehaviorChanges(table, input) {
    const [b, h] = [view(input.base), view(input.head)];
    const out = [];
    for (const s of table) {
        if (input.linkedPackages && !input.linkedPackages.has(s.package))
            continue;
        if (input.goos && input.goos !== 'windows' && windowsOnly.test(s.name))
            continue;
        const base = godebug_valueOf(s, b);
        const head = godebug_valueOf(s, h);
        if (base.value === head.value)
            continue;
        out.push({
            name: s.name,
            package: s.package,
            changedIn: s.changed === undefined ? undefined : `1.${s.changed}`,
            base,
            head,
            restore: base.value === ''
                ? undefined
                : { goDebugDirective: `//go:debug ${s.name}=${base.value}`, goModLine: `godebug ${s.name}=${base.value}` },
            docUrl: godebugDocUrl(s.changed),
        });
    }
    return out.sort((x, y) => byText(x.package, y.package) || byText(x.name, y.name));
}
/**
 * The go line range a DefaultGODEBUG implies (a Go 1.21+ build): a changed setting recorded with
 * its old value means the line is older than that release; one not recorded means it is not.
 * Undefined when the side says nothing (no DefaultGODEBUG known, or built before 1.21).
 */
function impliedGoLine(table, side) {
    const v = view(side);
    if (!v.recorded || v.minor === undefined || v.minor < firstGoLineMinor)
        return undefined;
    let atLeast;
    let below;
    for (const s of table) {
        if (s.changed === undefined || s.changed > v.minor)
            continue;
        if (v.recorded.get(s.name) === s.old)
            below = Math.min(below ?? s.changed, s.changed);
        else if (!v.recorded.has(s.name))
            atLeast = Math.max(atLeast ?? s.changed, s.changed);
    }
    return { atLeast, below };
}
function describeGoLine(table, label, side) {
    const line = side.goLine ? `go line ${side.goLine} (from go.mod), ` : '';
    if (!recordsDefaults(side.goVersion))
        return `${label}: ${line}built by ${side.goVersion}, older than Go 1.21, so its GODEBUG defaults are that Go’s own and the go line did not matter`;
    if (line)
        return `${label}: ${line}built by ${side.goVersion}`;
    const r = impliedGoLine(table, side);
    if (!r || (r.atLeast === undefined && r.below === undefined))
        return `${label}: built by ${side.goVersion}; go line not known${side.defaultGodebug === undefined ? ' (no build info)' : ''}`;
    const range = [r.atLeast !== undefined ? `≥ 1.${r.atLeast}` : '', r.below !== undefined ? `< 1.${r.below}` : '']
        .filter(Boolean)
        .join(' and ');
    return `${label}: built by ${side.goVersion}; its DefaultGODEBUG implies a go line ${range}`;
}
/** Reads the head Go's GODEBUG table and reports the changes; a head Go without a table (before 1.21) gets a note instead. */
function behaviorChanges(req) {
    return behaviorReport(readGodebugTable(req.headGoroot), req);
}
/** The changes against a head Go's table already read (one read serves every pair of a run). */
function behaviorReport(read, req) {
    const { goroot: headGoroot, goVersion: tableGo, settings: table } = read;
    if (!table) {
        const old = (minorOf(tableGo ?? req.head.goVersion) ?? 0) < firstGoLineMinor;
        return {
            tableGo,
            changes: [],
            notes: [
                old
                    ? `Go behaviour changes not listed: the head Go (${tableGo ?? req.head.goVersion}) predates Go 1.21, which introduced the GODEBUG table (internal/godebugs) and go-line-based defaults; set head-go to 1.21 or newer to get this report`
                    : `Go behaviour changes not listed: ${external_node_path_.join(headGoroot, godebugTablePath)} is missing (a GOROOT without src?); give head-go a complete Go installation`,
            ],
        };
    }
    const notes = [describeGoLine(table, 'base', req.base), describeGoLine(table, 'head', req.head)];
    const headMinor = minorOf(req.head.goVersion);
    if (tableGo && headMinor !== undefined && minorOf(tableGo) !== headMinor)
        notes.push(`the GODEBUG table was read from ${tableGo} (${headGoroot}) but head was built by ${req.head.goVersion}`);
    if (!req.linkedPackages)
        notes.push('the packages head links are not known (no symbol table: stripped?), so settings of every package are listed');
    const known = new Set(table.map((s) => s.name));
    for (const [label, side] of [
        ['base', req.base],
        ['head', req.head],
    ]) {
        const unknown = [...parseDefaultGodebug(side.defaultGodebug ?? '').keys()].filter((k) => !known.has(k));
        if (unknown.length)
            notes.push(`${label} DefaultGODEBUG has settings ${tableGo ?? 'the head Go'} does not know (removed?): ${unknown.join(', ')}`);
    }
    return { tableGo, changes: computeBehaviorChanges(table, req), notes };
}

;// CONCATENATED MODULE: ./src/abi/compare.ts
// Owns comparing one base/head pair of build outputs: inspect both, check they are comparable,
// then stream both symbol tables (in parallel), read dynamic sections and build info, and diff.












class CompareError extends Error {
    name = 'CompareError';
}
const strippedCan = 'build info (go version -m), the ELF dynamic section (DT_NEEDED libraries, imported symbols) and file size';
async function inspect(side) {
    try {
        return await inspectArtifact(side.path);
    }
    catch (e) {
        if (e instanceof NotGoOutput)
            throw new CompareError(`input "${side.input}": ${side.path} ${e.message}; give a Go executable, a .a archive built by go build, or a directory of them`);
        const err = e;
        if (err.code === 'ENOENT')
            throw new CompareError(`input "${side.input}": ${side.path} does not exist`);
        throw new CompareError(`input "${side.input}": cannot read ${side.path}: ${err.message}`);
    }
}
function target(a, info) {
    const goos = info?.settings.get('GOOS') ?? a.goos;
    const goarch = info?.settings.get('GOARCH') ?? a.goarch;
    return goarch ? `${goos ?? '?'}/${goarch}` : undefined;
}
// The compiler names the package's import path in a DWARF compile-unit symbol (`go.` before 1.20,
// `go:` after); the export data does not carry it (api-compare.ts).
const cuinfoPackage = /^go[.:]cuinfo\.packagename\.(.+)$/;
/** The import path a Go archive's symbol names, when this symbol is the one that says it. */
function importPathOfSymbol(name) {
    return cuinfoPackage.exec(name)?.[1];
}
/** One side's nm stream into its table, and an archive's import path on the way (a class: see nm.ts NmReader). */
class TableSink {
    table;
    archive;
    importPath;
    constructor(table, archive) {
        this.table = table;
        this.archive = archive;
    }
    add(s) {
        this.table.add(s);
        if (this.archive && this.importPath === undefined)
            this.importPath = importPathOfSymbol(s.name);
    }
}
async function readTable(side, a, scope, modulePaths) {
    const table = new SymbolTable(scope, modulePaths);
    const label = `input "${side.input}" (${side.path})`;
    const sink = new TableSink(table, a.kind === 'go-archive');
    try {
        await streamNm(goToolCommand(side.go.goBin, 'nm'), side.path, sink, { env: side.go.env, label });
    }
    catch (e) {
        if (e instanceof NmError)
            await explainGoFailure(side.go);
        const msg = e.message;
        if (e instanceof NmError && /different version|object is \[|not a go object/i.test(msg) && a.goVersion) {
            throw new CompareError(`${label} is a Go archive built by ${a.goVersion}, which go tool nm of ${side.go.version} cannot read (archives are readable only by their own Go); set ${side.input}-go to ${a.goVersion.replace(/^go/, '')} or that Go's GOROOT`);
        }
        if (/no symbols/.test(msg))
            throw new CompareError(`${label} has no symbols (stripped?); still comparable: ${strippedCan}`);
        throw e;
    }
    if (table.definedCount === 0)
        throw new CompareError(`${label}: go tool nm listed no symbol definitions; nothing to compare`);
    return { table, importPath: sink.importPath };
}
function facts(a, info, read, dynamic) {
    const table = read?.table;
    return {
        importPath: read?.importPath,
        mainModule: info?.mainModule || undefined,
        path: a.path,
        kind: a.kind,
        goVersion: info?.goVersion ?? a.goVersion,
        target: target(a, info),
        stripped: a.stripped,
        bytes: a.bytes,
        symbols: table?.definedCount,
        dynamic,
    };
}
async function comparePair(name, base, head, opts) {
    const [ba, ha] = await Promise.all([inspect(base), inspect(head)]);
    if ((ba.kind === 'go-archive') !== (ha.kind === 'go-archive')) {
        throw new CompareError(`input "base" (${base.path}) is ${ba.kind === 'go-archive' ? 'a Go archive' : 'an executable'} but input "head" (${head.path}) is ${ha.kind === 'go-archive' ? 'a Go archive' : 'an executable'}; compare like with like`);
    }
    const [bi, hi] = await Promise.all([
        ba.kind !== 'go-archive' ? readBuildInfo(base.go.goBin, base.path, base.go.env, !!ba.elf) : undefined,
        ha.kind !== 'go-archive' ? readBuildInfo(head.go.goBin, head.path, head.go.env, !!ha.elf) : undefined,
    ]);
    const bt = target(ba, bi);
    const ht = target(ha, hi);
    if (bt && ht && bt !== ht) {
        throw new CompareError(`GOOS/GOARCH differ: input "base" (${base.path}) is ${bt} but input "head" (${head.path}) is ${ht}; build both sides for the same target`);
    }
    const stripped = [ba.stripped ? `input "base" (${base.path})` : '', ha.stripped ? `input "head" (${head.path})` : ''].filter(Boolean);
    let symbols;
    let symbolsSkipped;
    let tables = [undefined, undefined];
    let reading;
    if (stripped.length > 0) {
        symbolsSkipped = `${stripped.join(' and ')} ${stripped.length > 1 ? 'are' : 'is'} stripped (-s -w): no symbol table, so symbols and package sizes cannot be compared; still comparable: ${strippedCan}`;
        if (!opts.allowStripped)
            throw new CompareError(`${symbolsSkipped}. Rebuild without -s -w, or set input "stripped" to "partial" to compare only those`);
    }
    else {
        const modules = [...new Set([...(bi?.modules.keys() ?? []), ...(hi?.modules.keys() ?? [])])];
        // Both nm runs are spawned here, before anything else is read.
        reading = Promise.all([readTable(base, ba, opts.scope, modules), readTable(head, ha, opts.scope, modules)]);
        reading.catch(() => undefined);
    }
    // Read (synchronously: elf.ts) while nm works: the node process is otherwise idle until the listings arrive.
    const dynamics = Promise.all([ba.elf ? readDynamic(ba.path) : undefined, ha.elf ? readDynamic(ha.path) : undefined]);
    dynamics.catch(() => undefined);
    if (reading) {
        tables = await reading;
        symbols = diffTables(tables[0].table, tables[1].table);
        await separateInlined(symbols, ba, ha);
    }
    const [bd, hd] = await dynamics;
    const [bf, hf] = [facts(ba, bi, tables[0], bd), facts(ha, hi, tables[1], hd)];
    const dynamic = bf.dynamic && hf.dynamic ? diffDynamic(bf.dynamic, hf.dynamic) : undefined;
    const behavior = bi && hi
        ? behaviorReport(await opts.godebugTable(), {
            base: godebugSide(bi, base.goLine),
            head: godebugSide(hi, head.goLine),
            linkedPackages: tables[1] ? new Set(tables[1].table.packageSizes.keys()) : undefined,
            goos: hi.settings.get('GOOS'),
        })
        : undefined;
    return {
        name: name || external_node_path_.basename(head.path),
        base: bf,
        head: hf,
        symbols,
        symbolsSkipped,
        dynamic,
        build: bi && hi ? diffBuildInfo(bi, hi) : [],
        behavior,
    };
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
/** The module path a go.mod declares (its `module` line), if any. */
function parseModulePath(content) {
    return /^\s*module\s+"?([^\s"]+)"?/m.exec(content)?.[1];
}

;// CONCATENATED MODULE: ./src/go/module-root.ts
// Finds the go.mod that governs a directory: the nearest one at or above it, as the go command
// looks for it. abi-diff reads the go line there (behaviour report) and the module path (mapping
// -trimpath positions back to files).


/** The nearest go.mod at or above dir that `accept` takes (default: the nearest), if any. */
function nearestGoMod(dir, accept = () => true) {
    for (let d = external_node_path_.resolve(dir);; d = external_node_path_.dirname(d)) {
        try {
            const content = (0,external_node_fs_.readFileSync)(external_node_path_.join(d, 'go.mod'), 'utf8');
            if (accept(content))
                return { dir: d, content };
        }
        catch {
            // no go.mod here: look one directory up
        }
        if (external_node_path_.dirname(d) === d)
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/abi/module-size.ts

const within = (pkg, root) => pkg === root || (pkg.startsWith(root) && pkg.charCodeAt(root.length) === 47);
/**
 * Whether a package belongs to the module a pair was built from: `main` (and a file list's
 * `command-line-arguments`), the main module's packages from build info, an archive's own import
 * path. Without either (an archive whose import path is unknown), every non-std package counts.
 */
function modulePackageTest(pair) {
    const roots = [pair.head.mainModule, pair.base.mainModule, pair.head.importPath, pair.base.importPath].filter((r) => !!r);
    return (pkg) => {
        if (pkg === 'main' || pkg === 'command-line-arguments')
            return true;
        if (roots.length === 0)
            return pkg !== '' && !pkg.startsWith('(') && !isDistributionPackage(pkg);
        return roots.some((r) => within(pkg, r));
    };
}
/** The module's bytes on each side over all pairs, or undefined when no pair has symbols (stripped). */
function moduleSize(pairs) {
    let base = 0;
    let head = 0;
    let measured = false;
    const packages = new Set();
    for (const p of pairs) {
        if (!p.symbols)
            continue;
        measured = true;
        const own = modulePackageTest(p);
        for (const s of p.symbols.packages) {
            if (!own(s.pkg))
                continue;
            base += s.base;
            head += s.head;
            packages.add(s.pkg);
        }
    }
    return measured ? { base, head, packages: [...packages].sort() } : undefined;
}

;// CONCATENATED MODULE: ./src/abi/run.ts
// Owns one abi-diff run, platform-free: resolve the sides (paths or builds), compare every pair,
// read the typed API of every pair of archives, collect findings, apply the policy. The action
// and the benchmark call runAbiDiff.















/** The go line of the module holding dir (the nearest go.mod above it), if any. */
function goLineOf(dir) {
    const found = nearestGoMod(dir);
    return found && parseGoModDirectives(found.content).go?.version;
}
/**
 * Whether go has a GOCACHE of the user's: the helper build compiles only std, which the user's own
 * builds (in paths mode, the step before) left there, so it takes half a second instead of the
 * ~20 s of compiling std into package mode's empty per-version cache. Package mode has just
 * filled that cache with the same std, so it uses its own.
 */
function hasUserGoCache(env) {
    return !!(env.GOCACHE || env.XDG_CACHE_HOME || env.HOME);
}
function isDir(p) {
    return (0,external_node_fs_.statSync)(p).isDirectory();
}
function mustExist(input, value, p) {
    try {
        (0,external_node_fs_.statSync)(p);
    }
    catch {
        throw new CompareError(`input "${input}" ("${value}"): ${p} does not exist`);
    }
}
/**
 * Maps items with at most `limit` calls in flight, results in item order. A directory holds many
 * small archives: one pair at a time leaves the CPUs waiting on the slower of two short nm runs.
 */
async function inOrder(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}
async function runAbiDiff(o) {
    const wd = external_node_path_.resolve(o.workingDirectory);
    const pathsMode = !!(o.base || o.head);
    if (pathsMode && o.pkg)
        throw new CompareError('give either base and head (paths to compare) or package (to build both sides), not both');
    if (!pathsMode && !o.pkg)
        throw new CompareError('nothing to compare: give base and head (executables, .a archives or directories), or package with base-go/head-go or base-ref');
    if (pathsMode && (!o.base || !o.head))
        throw new CompareError(`input "${o.base ? 'head' : 'base'}" is empty; paths mode needs both base and head`);
    let fallback;
    const where = { toolCacheDir: o.toolCacheDir, localGoroots: o.localGoroots };
    const goFor = (input, value) => value ? resolveGo(input, value, where) : (fallback ??= defaultGo(o.go ?? '', where));
    // Probed in parallel; when both are wrong the error is always about base first.
    const [bs, hs] = await Promise.allSettled([goFor('base-go', o.baseGo), goFor('head-go', o.headGo)]);
    if (bs.status === 'rejected')
        throw bs.reason;
    if (hs.status === 'rejected')
        throw hs.reason;
    const [baseGo, headGo] = [bs.value, hs.value];
    (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(o.tempDir, 'abi-diff-'));
    let basePath;
    let headPath;
    // The go lines of the modules built (package mode): they sharpen the behaviour report's notes.
    let goLines = {};
    let cleanup;
    let knownImportPath;
    const cacheRoot = o.cacheDir ?? external_node_path_.join(o.tempDir, 'abi-diff-gocache');
    if (pathsMode) {
        basePath = external_node_path_.resolve(wd, o.base);
        headPath = external_node_path_.resolve(wd, o.head);
        mustExist('base', o.base, basePath);
        mustExist('head', o.head, headPath);
    }
    else {
        if (!o.baseGo && !o.headGo && !o.baseRef)
            throw new CompareError(`input "package" ("${o.pkg}") needs something to differ between the sides: base-go and head-go, or base-ref`);
        let baseDir = wd;
        if (o.baseRef) {
            const wt = await worktreeAt(wd, o.baseRef, external_node_path_.join(work, 'base-worktree'));
            baseDir = wt.dir;
            cleanup = wt.remove;
        }
        try {
            const req = {
                pkg: o.pkg,
                flags: o.buildFlags,
                outDir: external_node_path_.join(work, 'build'),
                cacheDir: cacheRoot,
            };
            basePath = (await buildSide({ ...req, dir: baseDir, go: baseGo, side: 'base' })).out;
            goLines = { base: goLineOf(baseDir), head: goLineOf(wd) };
            const head = await buildSide({ ...req, dir: wd, go: headGo, side: 'head' });
            headPath = head.out;
            knownImportPath = head.importPath || undefined;
        }
        finally {
            await cleanup?.();
        }
    }
    const pairs = [];
    const ignored = [];
    let onlyBase = [];
    let onlyHead = [];
    let godebugTable;
    const opts = {
        scope: o.scope,
        allowStripped: o.allowStripped,
        godebugTable: () => (godebugTable ??= gorootOf(headGo.goBin, headGo.env).then(godebug_table_readGodebugTable)),
    };
    if (isDir(basePath) !== isDir(headPath)) {
        throw new CompareError(`input "base" (${basePath}) is a ${isDir(basePath) ? 'directory' : 'file'} but input "head" (${headPath}) is a ${isDir(headPath) ? 'directory' : 'file'}; give two files or two directories`);
    }
    if (isDir(basePath)) {
        const goOnly = async (root, rels) => {
            const keep = [];
            for (const rel of rels) {
                try {
                    await inspectArtifact(external_node_path_.join(root, rel));
                    keep.push(rel);
                }
                catch (e) {
                    ignored.push({ path: external_node_path_.join(root, rel), why: e.message });
                }
            }
            return keep;
        };
        const pairing = pairByRelativePath(await goOnly(basePath, await listArtifactFiles(basePath)), await goOnly(headPath, await listArtifactFiles(headPath)));
        ({ onlyBase, onlyHead } = pairing);
        if (pairing.pairs.length === 0) {
            throw new CompareError(`no Go build outputs with the same relative path in input "base" (${basePath}) and input "head" (${headPath}); base has ${pairing.onlyBase.length}, head has ${pairing.onlyHead.length}, ${ignored.length} other file(s) ignored`);
        }
        pairs.push(...(await inOrder(pairing.pairs, (0,external_node_os_.availableParallelism)(), (rel) => comparePair(rel, { input: 'base', path: external_node_path_.join(basePath, rel), go: baseGo }, { input: 'head', path: external_node_path_.join(headPath, rel), go: headGo }, opts))));
    }
    else {
        pairs.push(await comparePair(external_node_path_.basename(headPath), { input: 'base', path: basePath, go: baseGo, goLine: goLines.base }, { input: 'head', path: headPath, go: headGo, goLine: goLines.head }, opts));
    }
    // The typed layer: archives only (executables carry no export data), one helper per side for all.
    const apiPairs = pairs
        .filter((p) => p.base.kind === 'go-archive' && p.head.kind === 'go-archive')
        .map((p) => ({
        name: p.name,
        base: p.base.path,
        head: p.head.path,
        ...chooseImportPath(p.name, knownImportPath, p.head.importPath ?? p.base.importPath),
    }));
    const apis = await compareApis(apiPairs, baseGo, headGo, {
        helperDir: external_node_path_.join(cacheRoot, 'api-helper'),
        goCache: (v) => (pathsMode && hasUserGoCache(baseGo.env) ? undefined : goCacheFor(cacheRoot, v)),
    });
    for (const p of pairs)
        p.api = apis.get(p.name);
    const findings = [];
    for (const p of pairs) {
        const api = p.api && !p.api.error ? p.api : undefined;
        if (p.symbols) {
            const symbols = symbolFindings(p.name, p.symbols);
            findings.push(...(api ? symbols.filter((f) => !explainedByApi(f, p.name, api.importPath)) : symbols));
        }
        if (api)
            findings.push(...apiFindings(p.name, api.importPath, api.changes));
        if (p.dynamic)
            findings.push(...dynamicFindings(p.name, p.dynamic));
        if (p.behavior)
            findings.push(...behaviorFindings(p.name, p.behavior));
        findings.push(...buildFindings(p.name, p.build));
    }
    findings.push(...artifactFindings(onlyBase, onlyHead));
    const baseBytes = pairs.reduce((n, p) => n + p.base.bytes, 0);
    const headBytes = pairs.reduce((n, p) => n + p.head.bytes, 0);
    const module = moduleSize(pairs);
    const verdict = applyPolicy(findings, { base: baseBytes, head: headBytes, module }, o.policy);
    const live = findings.filter((f) => (f.category === 'symbol' || f.category === 'api') && !f.suppressed);
    return {
        scope: o.scope,
        mode: pathsMode ? 'paths' : 'build',
        base: { path: basePath, go: baseGo.version },
        head: { path: headPath, go: headGo.version },
        pairs,
        findings,
        ignored,
        totals: {
            added: live.filter((f) => f.change === 'added').length,
            removed: live.filter((f) => f.change === 'removed').length,
            changed: live.filter((f) => f.change === 'changed').length,
            behavior: findings.filter((f) => f.category === 'behavior' && !f.suppressed).length,
            suppressed: findings.filter((f) => f.suppressed).length,
            sizeDelta: headBytes - baseBytes,
            baseBytes,
            headBytes,
            module,
        },
        verdict,
    };
}

;// CONCATENATED MODULE: ./src/report/markdown-table.ts
// Owns small Markdown building blocks for summaries and report files: tables and collapsible sections.
/** Escapes a cell: pipes and newlines would break the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function markdown_table_table(headers, rows) {
    const line = (cols) => `| ${cols.map(cell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
/** A `<details>` block; GitHub renders Markdown inside when blank lines surround it. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}

;// CONCATENATED MODULE: ./src/abi/godebug-summary.ts
// Owns how the Go behaviour changes report reads in a step summary: one table of the GODEBUG
// defaults that differ, the lines that keep the base behaviour, and the notes on how each side was read.

const ruleLabel = {
    'toolchain-predates': 'built before the change',
    'default-godebug': 'DefaultGODEBUG',
    'go-line': 'go line',
    'toolchain-default': 'Go default',
};
function shown(name, v) {
    return `${v.value === '' ? 'package default' : code(`${name}=${v.value}`)} (${ruleLabel[v.rule]})`;
}
function restoreBlocks(changes) {
    const keep = changes.filter((c) => c.restore);
    if (keep.length === 0)
        return '';
    const directives = keep.map((c) => c.restore.goDebugDirective).join('\n');
    const gomod = ['godebug (', ...keep.map((c) => `\t${c.restore.goModLine.replace(/^godebug /, '')}`), ')'].join('\n');
    return [
        'To keep the base behaviour, add to a file of the main package, above `package main` (Go 1.21+):',
        '```go',
        directives,
        '```',
        'or to the main module’s go.mod (Go 1.23+; older Go rejects the block):',
        '```',
        gomod,
        '```',
    ].join('\n');
}
/** The Markdown section for one artifact's behaviour report (`title` names the artifact when there are several). */
function behaviorMarkdown(r, title = 'Go behaviour changes') {
    const out = [`#### ${title} (GODEBUG defaults${r.tableGo ? `, table of ${r.tableGo}` : ''})`];
    if (r.changes.length === 0) {
        out.push(r.tableGo || r.notes.length === 0 ? 'No GODEBUG default differs between base and head for a package this binary links.' : '');
    }
    else {
        out.push(markdown_table_table(['Setting', 'Package', 'Changed in', 'Base', 'Head', 'Docs'], r.changes.map((c) => [
            code(c.name),
            code(c.package),
            c.changedIn ? `Go ${c.changedIn}` : '',
            shown(c.name, c.base),
            shown(c.name, c.head),
            `[godebug${c.changedIn ? ` ${c.changedIn}` : ''}](${c.docUrl})`,
        ])));
        const keep = restoreBlocks(r.changes);
        if (keep)
            out.push(details(`Keep the base behaviour (${r.changes.filter((c) => c.restore).length} setting(s))`, keep));
    }
    if (r.notes.length > 0)
        out.push(r.notes.map((n) => `- ${n}`).join('\n'));
    return `${out.filter(Boolean).join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/abi/summary.ts
// Owns how an AbiReport reads to people: the job summary / Markdown report (headline, then
// tables by package, collapsed when long).



/** Groups with more rows than this are collapsed. */
const openRows = 15;
function signed(n) {
    return n > 0 ? `+${n}` : String(n);
}
function headline(r) {
    const t = r.totals;
    const state = r.verdict.breaking ? '❌ breaking' : '✅ no breaking change';
    const sides = r.base.go === r.head.go ? r.head.go : `${r.base.go} → ${r.head.go}`;
    return `abi-diff (${r.scope}, ${sides}): ${state} — ${t.removed} removed, ${t.changed} changed, ${t.added} added${t.behavior ? `, ${t.behavior} Go behaviour change(s)` : ''}, size ${signed(t.sizeDelta)} B${t.module ? ` (module packages ${signed(t.module.head - t.module.base)} B)` : ''}${t.suppressed ? `, ${t.suppressed} suppressed` : ''}`;
}
/** Which checks a pair got: archives get the typed API layer, executables build info and the dynamic section instead. */
function checksLine(p) {
    if (p.base.kind === 'go-archive') {
        const api = p.api;
        if (!api)
            return 'checks: symbols (go tool nm); typed API not run';
        if (api.error)
            return `checks: symbols (go tool nm); ⚠️ ${api.error}`;
        const readers = api.readers && api.readers.base !== api.readers.head ? `${api.readers.base} / ${api.readers.head}` : api.readers?.base;
        return `checks: symbols (go tool nm), typed API from export data (${code(api.importPath)} from ${api.importPathFrom}, ${api.objects?.base ?? 0} → ${api.objects?.head ?? 0} exported objects, read by ${readers ?? '?'})`;
    }
    const elf = p.base.dynamic || p.head.dynamic ? ', ELF dynamic section' : '';
    return `checks: symbols (go tool nm), build info${elf}; no typed API (executables carry no export data)`;
}
function groupTable(rows) {
    return markdown_table_table(['', 'Subject', 'Change', 'File'], rows.map((f) => [
        f.suppressed ? '🔇' : f.breaking ? '❌' : 'ℹ️',
        code(f.subject),
        f.suppressed ? `${f.detail} — suppressed: ${f.suppressed}` : f.detail,
        f.artifact,
    ]));
}
function markdownReport(r) {
    const out = [`### ${headline(r)}`];
    if (r.verdict.reasons.length > 0)
        out.push(r.verdict.reasons.map((x) => `- ${x}`).join('\n'));
    for (const p of r.pairs) {
        const facts = [
            `base ${p.base.goVersion ?? '?'} ${p.base.target ?? ''} ${p.base.bytes} B`,
            `head ${p.head.goVersion ?? '?'} ${p.head.target ?? ''} ${p.head.bytes} B`,
        ];
        if (p.symbols)
            facts.push(`symbols ${p.symbols.baseSymbols} → ${p.symbols.headSymbols} (compared in scope: ${p.symbols.baseCompared} → ${p.symbols.headCompared})`);
        if (p.symbols?.inlined.length)
            facts.push(`${p.symbols.inlined.length} function(s) compiled out of line in one build and only inlined in the other: not findings (listed in the JSON report)`);
        if (p.symbols?.droppedVars.length)
            facts.push(`${p.symbols.droppedVars.length} variable(s) only in the executable linked by Go ≤1.20: the Go 1.21+ linker drops unreferenced statically initialized variables; not findings (listed in the JSON report)`);
        if (p.symbolsSkipped)
            facts.push(`⚠️ ${p.symbolsSkipped}`);
        facts.push(checksLine(p));
        out.push(`**${code(p.name)}**: ${facts.join('; ')}`);
    }
    const groups = new Map();
    // Behaviour changes get their own section below (with the lines that keep the base behaviour).
    for (const f of r.findings)
        if (f.category !== 'behavior')
            groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
    if (groups.size === 0)
        out.push('No findings.');
    for (const [group, rows] of [...groups].sort((a, b) => byText(a[0], b[0]))) {
        const bad = rows.filter((f) => f.breaking).length;
        const title = `${group} — ${rows.length} finding(s)${bad ? `, ${bad} breaking` : ''}`;
        out.push(rows.length > openRows ? details(title, groupTable(rows)) : `#### ${title}\n\n${groupTable(rows)}`);
    }
    for (const p of r.pairs)
        if (p.behavior)
            out.push(behaviorMarkdown(p.behavior, r.pairs.length > 1 ? `Go behaviour changes: ${p.name}` : undefined));
    const sizes = r.pairs.flatMap((p) => (p.symbols?.packages ?? []).filter((s) => s.delta !== 0).map((s) => [p.name, s.pkg, String(s.base), String(s.head), signed(s.delta)]));
    if (sizes.length > 0)
        out.push(details(`Size by package (${sizes.length} changed)`, markdown_table_table(['File', 'Package', 'Base B', 'Head B', 'Delta'], sizes.slice(0, 200))));
    if (r.ignored.length > 0)
        out.push(details(`${r.ignored.length} file(s) ignored (not Go build outputs)`, r.ignored.map((i) => `- ${code(i.path)} ${i.why}`).join('\n')));
    return `${out.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/ci/findings.ts
// Findings an action wants a CI system to show beside the code (API breaks, newer Go syntax, ...),
// and the two report formats GitLab renders them from: Code Quality JSON (a JSON array of
// CodeClimate-style issues; this is the one place that format is defined) and JUnit XML.
// Pure functions; FileRuntime writes the files, GitHub shows the same findings as annotations.

/** Same finding → same fingerprint across runs, so GitLab can tell new findings from old ones. */
function fingerprint(f) {
    return (0,sha256/* sha256Hex */.f)(`${f.check}\0${f.file ?? ''}\0${f.identity ?? f.message}`);
}
function codeQuality(findings) {
    return findings.map((f) => ({
        description: f.message,
        check_name: f.check,
        fingerprint: fingerprint(f),
        severity: f.severity,
        // Code Quality needs a location; findings about a whole build point at the project root.
        location: { path: f.file ?? '.', lines: { begin: f.line ?? 1 } },
    }));
}
function xmlEscape(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
/** One test case per finding; blocker/critical/major fail, minor/info pass with their text as output. */
function junitXml(suite, findings) {
    const failing = (f) => ['blocker', 'critical', 'major'].includes(f.severity);
    const failures = findings.filter(failing).length;
    const cases = findings.map((f) => {
        const name = xmlEscape(`${f.check}${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}`);
        const body = failing(f)
            ? `<failure type="${xmlEscape(f.severity)}" message="${xmlEscape(f.message)}"/>`
            : `<system-out>${xmlEscape(f.message)}</system-out>`;
        return `    <testcase classname="${xmlEscape(suite)}" name="${name}">${body}</testcase>`;
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites tests="${findings.length}" failures="${failures}">`,
        `  <testsuite name="${xmlEscape(suite)}" tests="${findings.length}" failures="${failures}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/abi/source-position.ts
// Owns turning a declaration's position from export data (`file:line`) into a path relative to the
// repository, which Code Quality reports and annotations link to. Export data of a -trimpath build
// (abi-diff's own builds, the matrix legs) names files `module/path/file.go`: the module's import
// path stands in for its directory, so it is mapped back through the go.mod that declares it.



/** The module at or above dir (the nearest go.mod with a module line), if any. */
function moduleRootOf(dir) {
    const found = nearestGoMod(dir, (content) => parseModulePath(content) !== undefined);
    return found && { modulePath: parseModulePath(found.content), dir: found.dir };
}
/**
 * `file:line` (optionally `:column`) as a repository-relative location: an absolute file inside
 * root, or a -trimpath `module/path/file.go` of one of the modules (the longest module path wins:
 * nested modules). Undefined when the file lies outside the repository (a dependency's source).
 */
function sourceLocation(pos, root, modules) {
    const m = /^(.+?):(\d+)(?::\d+)?$/.exec(pos);
    if (!m)
        return undefined;
    const file = m[1];
    const line = Number(m[2]);
    let abs;
    if (external_node_path_.isAbsolute(file))
        abs = file;
    else {
        const owner = [...modules]
            .sort((a, b) => b.modulePath.length - a.modulePath.length)
            .find((mod) => file.startsWith(`${mod.modulePath}/`));
        if (owner)
            abs = external_node_path_.join(owner.dir, file.slice(owner.modulePath.length + 1));
    }
    if (!abs)
        return undefined;
    const rel = external_node_path_.relative(root, abs);
    if (rel === '' || rel.startsWith('..') || external_node_path_.isAbsolute(rel))
        return undefined;
    return { file: rel.split(external_node_path_.sep).join('/'), line };
}

;// CONCATENATED MODULE: ./src/report/json-report.ts
// Owns writing a JSON report file: Maps and Sets become objects/arrays, output is stable and indented.


function replacer(_key, value) {
    if (value instanceof Map)
        return Object.fromEntries(value);
    if (value instanceof Set)
        return [...value];
    return value;
}
function toJson(value) {
    return `${JSON.stringify(value, replacer, 2)}\n`;
}
function writeJsonReport(file, value) {
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, toJson(value));
    return file;
}

;// CONCATENATED MODULE: ./src/actions/abi-diff/definition.ts
// abi-diff: inputs table, then one run of src/abi and its outputs, summary, reports and annotations.













/** Most annotations shown per run; the rest are in the summary and report. */
const maxAnnotations = 20;
const abiDiff = {
    name: 'abi-diff',
    inputs: {
        base: {},
        head: {},
        package: {},
        'base-go': {},
        'head-go': {},
        go: {},
        'base-ref': {},
        'build-flags': {},
        // Same places, same default as setup-go-matrix: versions resolve the way the matrix installed them.
        'local-goroots': { default: defaultLocalGoroots },
        scope: { default: 'exported', options: ['exported', 'all'] },
        // A level and/or behavior-changes: checked by parseFailOn (a list, so not a choice input).
        'fail-on': { default: 'removed' },
        'max-size-growth': {},
        'size-scope': { default: 'module', options: sizeScopes },
        'deny-new-dynamic': { default: 'false' },
        suppressions: {},
        stripped: { default: 'fail', options: ['fail', 'partial'] },
        'report-format': { default: 'json' },
        'report-dir': { default: 'abi-diff-report' },
        'working-directory': { default: '.' },
    },
    outputs: ['added', 'removed', 'changed', 'behavior-changes', 'size-delta', 'breaking', 'report', 'markdown-report', 'codequality-report'],
    async main({ rt, inputs }) {
        const wd = checkedInputs(inputs);
        const formats = inputs
            .list('report-format')
            .flatMap((s) => s.split(/\s+/))
            .filter(Boolean);
        for (const f of formats) {
            if (!['json', 'markdown', 'codequality'].includes(f))
                throw new input_error/* InputError */.d(`input "report-format" has "${f}"; expected json, markdown and/or codequality (comma-separated)`);
        }
        let failOn;
        try {
            failOn = parseFailOn(inputs.string('fail-on'));
        }
        catch (e) {
            throw new input_error/* InputError */.d(e.message);
        }
        const suppressionsFile = inputs.string('suppressions');
        let suppressions = [];
        if (suppressionsFile) {
            const file = external_node_path_.resolve(wd, suppressionsFile);
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            }
            catch (e) {
                throw new input_error/* InputError */.d(`input "suppressions" ("${suppressionsFile}"): cannot read ${file}: ${e.code ?? e.message}`);
            }
            try {
                suppressions = parseSuppressions(text, suppressionsFile);
            }
            catch (e) {
                throw new input_error/* InputError */.d(`input "suppressions": ${e.message}`);
            }
        }
        const report = await runAbiDiff({
            base: inputs.string('base') || undefined,
            head: inputs.string('head') || undefined,
            pkg: inputs.string('package') || undefined,
            baseGo: inputs.string('base-go') || undefined,
            headGo: inputs.string('head-go') || undefined,
            go: inputs.string('go') || undefined,
            baseRef: inputs.string('base-ref') || undefined,
            buildFlags: inputs
                .list('build-flags')
                .flatMap((s) => s.split(/\s+/))
                .filter(Boolean),
            workingDirectory: wd,
            scope: inputs.choice('scope'),
            allowStripped: inputs.choice('stripped') === 'partial',
            policy: {
                failOn: failOn.level,
                failOnBehavior: failOn.behavior,
                maxSizeGrowth: parseSizeLimit(inputs.string('max-size-growth')),
                sizeScope: inputs.choice('size-scope'),
                denyNewDynamic: inputs.bool('deny-new-dynamic'),
                suppressions,
            },
            tempDir: rt.tempDir(),
            toolCacheDir: rt.toolCacheDir(),
            localGoroots: inputs.list('local-goroots'),
            cacheDir: external_node_path_.join(rt.workDir(), 'abi-diff'),
        });
        const locate = locator(wd);
        const dir = confinedPath('report-dir', inputs.string('report-dir'), wd);
        const jsonFile = writeJsonReport(external_node_path_.join(dir, 'abi-diff.json'), report);
        const md = markdownReport(report);
        rt.setOutput('report', jsonFile);
        if (formats.includes('markdown'))
            rt.setOutput('markdown-report', writeText(external_node_path_.join(dir, 'abi-diff.md'), md));
        if (formats.includes('codequality'))
            rt.setOutput('codequality-report', writeText(external_node_path_.join(dir, 'abi-diff-codequality.json'), toJson(codeQualityReport(report, locate))));
        rt.setOutput('added', String(report.totals.added));
        rt.setOutput('removed', String(report.totals.removed));
        rt.setOutput('changed', String(report.totals.changed));
        rt.setOutput('behavior-changes', String(report.totals.behavior));
        rt.setOutput('size-delta', String(report.totals.sizeDelta));
        rt.setOutput('breaking', String(report.verdict.breaking));
        await rt.appendSummary(md);
        for (const p of report.pairs)
            if (p.symbolsSkipped)
                rt.warning(p.symbolsSkipped, { title: 'abi-diff: symbols not compared' });
        const breaking = report.findings.filter((f) => f.breaking);
        for (const f of breaking.slice(0, maxAnnotations)) {
            const at = locate(f);
            rt.error(`${f.subject}: ${f.detail}`, {
                title: `abi-diff: ${f.category} ${f.change} in ${f.artifact}`,
                ...(at ? { file: at.file, startLine: at.line } : {}),
            });
        }
        if (breaking.length > maxAnnotations)
            rt.error(`${breaking.length - maxAnnotations} more breaking finding(s); see the job summary and ${jsonFile}`);
        rt.info(headline(report));
        if (report.verdict.breaking)
            rt.setFailed(`abi-diff: ${report.verdict.reasons.join('; ')}`);
    },
};
/**
 * The inputs that can be wrong before anything runs: the working directory, where reports go (inside
 * the workspace), a package that is a flag, a base-ref git would read as an option, and inputs that
 * paths mode would silently ignore. Returns the working directory.
 */
function checkedInputs(inputs) {
    const given = inputs.string('working-directory');
    checkPathInput('working-directory', given);
    const wd = external_node_path_.resolve(given);
    if (!(0,external_node_fs_.existsSync)(wd) || !(0,external_node_fs_.statSync)(wd).isDirectory())
        throw new input_error/* InputError */.d(`input "working-directory" ("${given}") is not a directory (looked at ${wd})`);
    confinedPath('report-dir', inputs.string('report-dir'), wd);
    for (const name of ['base', 'head', 'suppressions'])
        if (inputs.given(name))
            checkPathInput(name, inputs.string(name));
    for (const p of inputs.list('local-goroots'))
        checkPathInput('local-goroots', p);
    const pkgProblem = packagePatternProblem(inputs.string('package'));
    if (inputs.given('package') && pkgProblem)
        throw new input_error/* InputError */.d(pkgProblem);
    const refProblem = baseRefProblem(inputs.string('base-ref'));
    if (inputs.given('base-ref') && refProblem)
        throw new input_error/* InputError */.d(refProblem);
    if (inputs.given('base') || inputs.given('head')) {
        for (const name of ['base-ref', 'build-flags']) {
            if (inputs.given(name))
                throw new input_error/* InputError */.d(`input "${name}" is set, but base and head are given: paths mode compares those files and builds nothing, so ${name} would be ignored; remove ${name}, or give package instead of base and head`);
        }
    }
    return wd;
}
/** The report's unsuppressed findings in GitLab's Code Quality format; identity keeps a finding's
 * fingerprint stable when its detail (sizes, signatures) changes between runs. The Go version
 * change itself (build finding `go`) is what a matrix compares, not a code issue: left out. */
function codeQualityReport(r, locate) {
    return codeQuality(r.findings
        .filter((f) => !f.suppressed && !(f.category === 'build' && f.subject === 'go' && !f.breaking))
        .map((f) => ({
        check: `abi-diff/${f.category}-${f.change}`,
        message: `${f.subject}: ${f.detail}`,
        severity: f.breaking ? 'major' : 'info',
        // The declaration in the repository when export data placed it; else the compared file.
        ...(locate(f) ?? { file: f.artifact }),
        identity: `${f.subject}\0${f.change}`,
    })));
}
/**
 * Where a finding's declaration is in the repository (typed API findings of archives: export data
 * positions), relative to the repository root: GITHUB_WORKSPACE, CI_PROJECT_DIR, or the current
 * directory. -trimpath positions are mapped through working-directory's module.
 */
function locator(wd) {
    const candidates = [process.env.GITHUB_WORKSPACE, process.env.CI_PROJECT_DIR].filter((d) => !!d && (0,external_node_fs_.existsSync)(d));
    const root = external_node_path_.resolve(candidates[0] ?? process.cwd());
    const module = moduleRootOf(wd);
    const modules = module ? [module] : [];
    return (f) => (f.pos ? sourceLocation(f.pos, root, modules) : undefined);
}
function writeText(file, text) {
    (0,external_node_fs_.writeFileSync)(file, text);
    return file;
}


/***/ }),

/***/ 6101:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ci_github_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9454);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(895);



// One short run over tens of thousands of symbols: V8's top tier (TurboFan) compiles the symbol
// path on background threads for more CPU than the run has left to save, on runners of 2 cores
// where both nm runs want the other core (bench/abi.ts whole-action figures). Stop at the tier
// below (Maglev where Node has it, else baseline code). A tiering limit only: no semantics change.
(0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--max-opt=2');
await (0,_ci_github_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .runOnGitHub */ ._)(_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .abiDiff */ .K, 'main');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ runOnGitHub)
});

// EXTERNAL MODULE: ./src/errors/input-error.ts
var input_error = __nccwpck_require__(3712);
;// CONCATENATED MODULE: ./src/ci/inputs.ts
// Typed, validated access to an action's inputs. Defaults live in the action's InputSpec table
// (checked against action.yml by a test), so GitHub, GitLab and the CLI see the same values.

/** A boolean input is one whose default is "true" or "false" (action.yml has no input types). */
function isBooleanInput(spec) {
    return spec.default === 'true' || spec.default === 'false';
}
/** Longest input value accepted. */
const MAX_INPUT_CHARS = 32 * 1024;
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
        // Past this, globs and paths fail deep inside with messages that name nothing ("pattern is too long").
        if (raw.length > MAX_INPUT_CHARS)
            throw new input_error/* InputError */.d(`input "${name}" is ${raw.length} characters long; an input may have at most ${MAX_INPUT_CHARS}`);
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
        throw new input_error/* InputError */.d(`input "${name}" is "${this.string(name)}", which is not a boolean; use "true" or "false"`);
    }
    choice(name) {
        const spec = this.spec(name);
        const v = this.string(name);
        const options = spec.options ?? [];
        if (!options.includes(v)) {
            throw new input_error/* InputError */.d(`input "${name}" is "${v}"; expected one of: ${options.map((o) => `"${o}"`).join(', ')}`);
        }
        return v;
    }
    /**
     * Checks every choice and boolean input of the table, so a bad value fails the step before it
     * does any work (installs Go, writes env.sh). Inputs with other rules are checked by the actions.
     */
    validate() {
        for (const [name, spec] of Object.entries(this.table)) {
            if (spec.options)
                this.choice(name);
            else if (isBooleanInput(spec))
                this.bool(name);
        }
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
        ctx.inputs.validate();
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/ci/runner-protocol.ts
// Owns the GitHub runner's protocol as an action speaks it: workflow commands on stdout
// (`::name key=value,...::data`, with the runner's percent escapes) and the file commands appended
// to GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STATE (`name<<delimiter` blocks).
//
// Why not @actions/core: it imports its OIDC client at load, and with it @actions/http-client and
// undici, ~85 % of a bundle that needs none of them (no action of ours asks for an ID token). Node
// parses and runs all of that before the first line of an action: ~25-60 ms per step (abi-diff's
// whole run is measured against node start plus two nm runs in bench/abi.ts). What is kept from
// it is the wire format, which the runner defines: these functions write the same bytes.


/** Data of a command: %, CR and LF are escaped so the message stays on one line. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value: as data, plus the separators of the property list. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command line (with its line end). */
function commandLine(name, properties, data) {
    const props = Object.entries(properties)
        .filter((e) => e[1] !== undefined && e[1] !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${external_node_os_.EOL}`;
}
function issue(name, properties, data) {
    process.stdout.write(commandLine(name, properties, data));
}
/**
 * 128 random bits as lowercase hex that occur in none of `texts`, in any letter case (the runner
 * ends a stop-commands span on its token case-insensitively; a file-command delimiter is compared
 * exactly). What keeps a block or span closed is this check, made against the very text it
 * encloses, not the token's secrecy: even one predicted from tokens printed earlier in the log is
 * refused when the text holds it. So Math.random is enough, and node:crypto (whose OpenSSL set-up
 * costs ~10 ms per step on a runner) is not loaded for it.
 */
function tokenNotIn(...texts) {
    const lower = texts.map((t) => t.toLowerCase());
    for (;;) {
        let token = '';
        for (let i = 0; i < 4; i++)
            token += Math.floor(Math.random() * 0x1_0000_0000)
                .toString(16)
                .padStart(8, '0');
        if (!lower.some((t) => t.includes(token)))
            return token;
    }
}
/**
 * A `name<<delimiter` block for a file command. The delimiter is drawn per block and appears in
 * neither the name nor the value (either would end the block early and let the rest of the value
 * set other names).
 */
function fileCommandBlock(name, value) {
    const delimiter = `ghadelimiter_${tokenNotIn(name, value)}`;
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** Appends to the runner file named by env var `fileVar` (GITHUB_OUTPUT ...); false when the runner set none. */
function appendToRunnerFile(fileVar, text) {
    const file = process.env[fileVar];
    if (!file)
        return false;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`${fileVar} names ${file}, which does not exist; the runner creates it for each step`);
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./src/ci/workflow-commands.ts
// Keeps text we print from being read as a workflow command by the GitHub runner. The runner reads
// its log line by line (a line ends at \n, \r\n or a lone \r) and runs any line that starts with
// `::name::` (after blanks) or holds `##[name]`. The data of the commands we write (annotations,
// debug) is escaped (runner-protocol.ts) but plain log lines are printed as given, so a path or URL with a newline in
// it (a GOROOT, go-download-base-url) could start a line with `::set-output` or `::warning::`.
// Such text is printed between ::stop-commands::<token> and ::<token>::, the runner's own way to
// show lines verbatim without running them; other text is printed as is.

const COMMAND_LIKE = /(^|[\r\n])[ \t]*::|##\[/;
/** The text, wrapped so the runner runs no command in it; unchanged when it holds none. */
function commandSafe(text) {
    if (!COMMAND_LIKE.test(text))
        return text;
    const token = tokenNotIn(text);
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/** A path the runner would read as two (GITHUB_PATH is one path per line). */
function hasLineBreak(text) {
    return /[\r\n]/.test(text);
}

;// CONCATENATED MODULE: ./src/ci/github.ts
// Runtime on a GitHub Actions runner: workflow commands on stdout and the runner's files
// (runner-protocol.ts speaks both).





/** An annotation's place, in the runner's property names. */
function props(where) {
    if (!where)
        return {};
    return { title: where.title, file: where.file, line: where.startLine, col: where.startColumn };
}
class GitHubRuntime {
    kind = 'github';
    rawInput(name) {
        // Same lookup as core.getInput, but tells "absent" from "empty".
        return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    }
    setOutput(name, value) {
        if (appendToRunnerFile('GITHUB_OUTPUT', fileCommandBlock(name, value)))
            return;
        // A runner older than the output files (before 2.297) reads the command from stdout.
        process.stdout.write(external_node_os_.EOL);
        issue('set-output', { name }, value);
    }
    exportVariable(name, value) {
        process.env[name] = value;
        if (!appendToRunnerFile('GITHUB_ENV', fileCommandBlock(name, value)))
            issue('set-env', { name }, value);
    }
    addPath(dir) {
        // GITHUB_PATH holds one path per line: a line break would add a second, made-up path.
        if (hasLineBreak(dir))
            throw new Error(`refusing to add ${JSON.stringify(dir)} to PATH: it contains a line break; rename that directory`);
        if (!appendToRunnerFile('GITHUB_PATH', `${dir}${external_node_os_.EOL}`))
            issue('add-path', {}, dir);
        process.env.PATH = `${dir}${external_node_path_.delimiter}${process.env.PATH ?? ''}`;
    }
    saveState(name, value) {
        if (!appendToRunnerFile('GITHUB_STATE', fileCommandBlock(name, value)))
            issue('save-state', { name }, value);
    }
    getState(name) {
        return process.env[`STATE_${name}`] ?? '';
    }
    appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (file)
            (0,external_node_fs_.appendFileSync)(file, `${markdown}${external_node_os_.EOL}`, 'utf8');
        return Promise.resolve();
    }
    debug(message) {
        issue('debug', {}, message);
    }
    info(message) {
        process.stdout.write(`${commandSafe(message)}${external_node_os_.EOL}`);
    }
    notice(message, where) {
        issue('notice', props(where), message);
    }
    warning(message, where) {
        issue('warning', props(where), message);
    }
    error(message, where) {
        issue('error', props(where), message);
    }
    setFailed(message) {
        process.exitCode = 1;
        this.error(message);
    }
    setSecret(value) {
        issue('add-mask', {}, value);
    }
    grouped = false;
    async group(title, fn) {
        if (this.grouped) {
            this.info(title);
            return fn();
        }
        this.grouped = true;
        issue('group', {}, title);
        try {
            return await fn();
        }
        finally {
            issue('endgroup', {}, '');
            this.grouped = false;
        }
    }
    addProblemMatcher(file) {
        // A command, not info(): info() would show it instead of running it. The runner unescapes a
        // command's data, so a path with %, CR or LF arrives whole.
        issue('add-matcher', {}, file);
    }
    tempDir() {
        return process.env.RUNNER_TEMP || external_node_path_.join(external_node_os_.tmpdir(), 'go-ci-kit');
    }
    toolCacheDir() {
        return process.env.RUNNER_TOOL_CACHE || external_node_path_.join(external_node_os_.homedir(), '.cache', 'go-ci-kit', 'tool-cache');
    }
    workDir() {
        // Outside the workspace so `git clean` and checkout do not touch it; per job on hosted runners.
        return external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'go-ci-kit');
    }
    event() {
        const name = process.env.GITHUB_EVENT_NAME ?? '';
        let fromFork = false;
        const eventPath = process.env.GITHUB_EVENT_PATH;
        if (eventPath && name.startsWith('pull_request')) {
            try {
                const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
                const head = payload.pull_request?.head?.repo?.full_name;
                const base = payload.pull_request?.base?.repo?.full_name;
                fromFork = Boolean(head && base && head !== base);
            }
            catch {
                // An unreadable event file is treated as not-a-fork; the cache service enforces scope anyway.
            }
        }
        return {
            name,
            fromFork,
            runId: process.env.GITHUB_RUN_ID ?? '',
            runAttempt: process.env.GITHUB_RUN_ATTEMPT ?? '',
        };
    }
}

;// CONCATENATED MODULE: ./src/ci/github-entry.ts


async function runOnGitHub(def, phase) {
    await runPhase(def, phase, new GitHubRuntime());
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
// InputError: a value the user gave (an action input, a go.mod line, a download index) is wrong.
// Its message names the input and the value and says what to give instead. It sits on the ground
// floor so that go/, cache/ and ci/ throw the same error without reaching into each other.
class InputError extends Error {
    name = 'InputError';
}


/***/ }),

/***/ 5519:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ sortNewestFirst),
/* harmony export */   MU: () => (/* binding */ isRelease),
/* harmony export */   SX: () => (/* binding */ parseGoVersion),
/* harmony export */   Ud: () => (/* binding */ toSemver),
/* harmony export */   WM: () => (/* binding */ formatGoVersion),
/* harmony export */   X_: () => (/* binding */ compareGoVersions),
/* harmony export */   pe: () => (/* binding */ fromSemver)
/* harmony export */ });
/* unused harmony export sameMinor */
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
function formatGoVersion(v) {
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


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   vL: () => (/* binding */ describeCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs a program with an argv array (never a shell) and collects its output. Through
// @actions/exec: it finds a bare name the way the OS does (PATHEXT on Windows, so a `go.cmd` shim
// on PATH is found too), quotes arguments for cmd.exe when the program is a .cmd/.bat, and hands
// back the exit code. Three kinds of run are spawned here instead: one with a deadline
// (timeoutMs), as @actions/exec neither stops a program nor gives out its process and a hung probe
// must not hold the job; one with input, as exec writes it to stdin with no error handler, so a
// program that exits without reading it crashes this process with EPIPE; and a program whose path
// holds a double quote or ends in a backslash, which exec's parsing of the program name cannot
// carry. (Without input, exec leaves the program's stdin open and unused: none of the programs we
// run that way, go env/list/build/vet and git, reads it.)

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
function cannotRun(file, args, why) {
    return new CommandError(`cannot run ${describeCommand(file, args)}: ${why}`);
}
const notFound = (file) => `${file} was not found (is it installed and on PATH?)`;
/** Resolves with the result, or rejects with a CommandError naming the command, its exit and the tail of its output. */
function finish(file, args, result, signal, check) {
    if (check !== false && result.code !== 0) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        throw new CommandError(`${describeCommand(file, args)} exited with ${signal ? `signal ${signal}` : `code ${result.code}`}${tail ? `:\n${tail}` : ''}`, result);
    }
    return result;
}
async function run(file, args, opts = {}) {
    if (opts.timeoutMs || opts.input !== undefined || /"|\\$/.test(file))
        return spawnRun(file, args, opts);
    const out = [];
    const err = [];
    const env = {};
    for (const [k, v] of Object.entries(opts.env ?? process.env))
        if (v !== undefined)
            env[k] = v;
    // Loaded on first use: a step that runs no program this way (abi-diff reads its builds with nm,
    // spawned by nm.ts) does not pay for loading @actions/exec and @actions/io at start-up. Outside
    // the try below: a bundle missing its chunk is that, not a program that cannot run.
    const { exec } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
    // A program killed by a signal has no exit code: exec then resolves with null, whatever its type says.
    let code;
    try {
        // exec reads its first argument as a command line: quoted, a path with blanks stays one word.
        code = await exec(`"${file}"`, [...args], {
            cwd: opts.cwd,
            env,
            silent: true,
            ignoreReturnCode: true,
            listeners: { stdout: (b) => out.push(b), stderr: (b) => err.push(b) },
        });
    }
    catch (e) {
        const msg = e.message;
        const code = e.code;
        throw cannotRun(file, args, /^Unable to locate executable file/.test(msg) || code === 'ENOENT' ? notFound(file) : msg);
    }
    const result = {
        code: code ?? 128,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
    };
    return finish(file, args, result, null, opts.check);
}
function spawnRun(file, args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        // Our own timer, not spawn's `timeout`: Node keeps that one running when the program cannot
        // start (ENOENT), which held the process open for the whole timeout after the error.
        const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : undefined;
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(cannotRun(file, args, e.code === 'ENOENT' ? notFound(file) : e.message));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            let done;
            try {
                done = finish(file, args, result, signal, opts.check);
            }
            catch (e) {
                if (e instanceof CommandError)
                    reject(e);
                return;
            }
            resolve(done);
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading stdin */
        });
        child.stdin.end(opts.input ?? '');
    });
}


/***/ }),

/***/ 5436:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ sha256Hex)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/process/sha256.ts
// SHA-256 of texts held in memory (tool folder names, helper binaries, finding fingerprints, cache
// archive versions and trim markers), with node:crypto loaded on the first call rather than when a
// bundle starts: its set-up (OpenSSL) costs ~10 ms on a runner, which a step that hashes nothing,
// or only at its end, then does not pay before its real work. Streams (a download, a file's bytes)
// hash with node:crypto directly. Kept beside the process helpers: the lowest floor, usable by all.

const load = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let sha256_crypto;
/** The lowercase hex SHA-256 of the parts, each as UTF-8, fed in order. */
function sha256Hex(...parts) {
    sha256_crypto ??= load('node:crypto');
    const h = sha256_crypto.createHash('sha256');
    for (const p of parts)
        h.update(p);
    return h.digest('hex');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6101);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
