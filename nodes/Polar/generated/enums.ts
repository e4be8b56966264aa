// GENERATED FILE — do not edit. Produced by tools/generate from the Polar OpenAPI document (API version 2026-10) and tools/generate/supplement/2026-10.json (from @polar-sh/sdk 1.0.1).
// Rebuild with: npm run generate

/** Enums too long to inline in the node description; served by loadOptions methods of the same name. */
export const largeEnums: Record<string, Array<{ name: string; value: string }>> = {
	"countryOptions": [
		{
			"name": "AD",
			"value": "AD"
		},
		{
			"name": "AE",
			"value": "AE"
		},
		{
			"name": "AF",
			"value": "AF"
		},
		{
			"name": "AG",
			"value": "AG"
		},
		{
			"name": "AI",
			"value": "AI"
		},
		{
			"name": "AL",
			"value": "AL"
		},
		{
			"name": "AM",
			"value": "AM"
		},
		{
			"name": "AO",
			"value": "AO"
		},
		{
			"name": "AQ",
			"value": "AQ"
		},
		{
			"name": "AR",
			"value": "AR"
		},
		{
			"name": "AS",
			"value": "AS"
		},
		{
			"name": "AT",
			"value": "AT"
		},
		{
			"name": "AU",
			"value": "AU"
		},
		{
			"name": "AW",
			"value": "AW"
		},
		{
			"name": "AX",
			"value": "AX"
		},
		{
			"name": "AZ",
			"value": "AZ"
		},
		{
			"name": "BA",
			"value": "BA"
		},
		{
			"name": "BB",
			"value": "BB"
		},
		{
			"name": "BD",
			"value": "BD"
		},
		{
			"name": "BE",
			"value": "BE"
		},
		{
			"name": "BF",
			"value": "BF"
		},
		{
			"name": "BG",
			"value": "BG"
		},
		{
			"name": "BH",
			"value": "BH"
		},
		{
			"name": "BI",
			"value": "BI"
		},
		{
			"name": "BJ",
			"value": "BJ"
		},
		{
			"name": "BL",
			"value": "BL"
		},
		{
			"name": "BM",
			"value": "BM"
		},
		{
			"name": "BN",
			"value": "BN"
		},
		{
			"name": "BO",
			"value": "BO"
		},
		{
			"name": "BQ",
			"value": "BQ"
		},
		{
			"name": "BR",
			"value": "BR"
		},
		{
			"name": "BS",
			"value": "BS"
		},
		{
			"name": "BT",
			"value": "BT"
		},
		{
			"name": "BV",
			"value": "BV"
		},
		{
			"name": "BW",
			"value": "BW"
		},
		{
			"name": "BY",
			"value": "BY"
		},
		{
			"name": "BZ",
			"value": "BZ"
		},
		{
			"name": "CA",
			"value": "CA"
		},
		{
			"name": "CC",
			"value": "CC"
		},
		{
			"name": "CD",
			"value": "CD"
		},
		{
			"name": "CF",
			"value": "CF"
		},
		{
			"name": "CG",
			"value": "CG"
		},
		{
			"name": "CH",
			"value": "CH"
		},
		{
			"name": "CI",
			"value": "CI"
		},
		{
			"name": "CK",
			"value": "CK"
		},
		{
			"name": "CL",
			"value": "CL"
		},
		{
			"name": "CM",
			"value": "CM"
		},
		{
			"name": "CN",
			"value": "CN"
		},
		{
			"name": "CO",
			"value": "CO"
		},
		{
			"name": "CR",
			"value": "CR"
		},
		{
			"name": "CV",
			"value": "CV"
		},
		{
			"name": "CW",
			"value": "CW"
		},
		{
			"name": "CX",
			"value": "CX"
		},
		{
			"name": "CY",
			"value": "CY"
		},
		{
			"name": "CZ",
			"value": "CZ"
		},
		{
			"name": "DE",
			"value": "DE"
		},
		{
			"name": "DJ",
			"value": "DJ"
		},
		{
			"name": "DK",
			"value": "DK"
		},
		{
			"name": "DM",
			"value": "DM"
		},
		{
			"name": "DO",
			"value": "DO"
		},
		{
			"name": "DZ",
			"value": "DZ"
		},
		{
			"name": "EC",
			"value": "EC"
		},
		{
			"name": "EE",
			"value": "EE"
		},
		{
			"name": "EG",
			"value": "EG"
		},
		{
			"name": "EH",
			"value": "EH"
		},
		{
			"name": "ER",
			"value": "ER"
		},
		{
			"name": "ES",
			"value": "ES"
		},
		{
			"name": "ET",
			"value": "ET"
		},
		{
			"name": "FI",
			"value": "FI"
		},
		{
			"name": "FJ",
			"value": "FJ"
		},
		{
			"name": "FK",
			"value": "FK"
		},
		{
			"name": "FM",
			"value": "FM"
		},
		{
			"name": "FO",
			"value": "FO"
		},
		{
			"name": "FR",
			"value": "FR"
		},
		{
			"name": "GA",
			"value": "GA"
		},
		{
			"name": "GB",
			"value": "GB"
		},
		{
			"name": "GD",
			"value": "GD"
		},
		{
			"name": "GE",
			"value": "GE"
		},
		{
			"name": "GF",
			"value": "GF"
		},
		{
			"name": "GG",
			"value": "GG"
		},
		{
			"name": "GH",
			"value": "GH"
		},
		{
			"name": "GI",
			"value": "GI"
		},
		{
			"name": "GL",
			"value": "GL"
		},
		{
			"name": "GM",
			"value": "GM"
		},
		{
			"name": "GN",
			"value": "GN"
		},
		{
			"name": "GP",
			"value": "GP"
		},
		{
			"name": "GQ",
			"value": "GQ"
		},
		{
			"name": "GR",
			"value": "GR"
		},
		{
			"name": "GS",
			"value": "GS"
		},
		{
			"name": "GT",
			"value": "GT"
		},
		{
			"name": "GU",
			"value": "GU"
		},
		{
			"name": "GW",
			"value": "GW"
		},
		{
			"name": "GY",
			"value": "GY"
		},
		{
			"name": "HK",
			"value": "HK"
		},
		{
			"name": "HM",
			"value": "HM"
		},
		{
			"name": "HN",
			"value": "HN"
		},
		{
			"name": "HR",
			"value": "HR"
		},
		{
			"name": "HT",
			"value": "HT"
		},
		{
			"name": "HU",
			"value": "HU"
		},
		{
			"name": "ID",
			"value": "ID"
		},
		{
			"name": "IE",
			"value": "IE"
		},
		{
			"name": "IL",
			"value": "IL"
		},
		{
			"name": "IM",
			"value": "IM"
		},
		{
			"name": "IN",
			"value": "IN"
		},
		{
			"name": "IO",
			"value": "IO"
		},
		{
			"name": "IQ",
			"value": "IQ"
		},
		{
			"name": "IS",
			"value": "IS"
		},
		{
			"name": "IT",
			"value": "IT"
		},
		{
			"name": "JE",
			"value": "JE"
		},
		{
			"name": "JM",
			"value": "JM"
		},
		{
			"name": "JO",
			"value": "JO"
		},
		{
			"name": "JP",
			"value": "JP"
		},
		{
			"name": "KE",
			"value": "KE"
		},
		{
			"name": "KG",
			"value": "KG"
		},
		{
			"name": "KH",
			"value": "KH"
		},
		{
			"name": "KI",
			"value": "KI"
		},
		{
			"name": "KM",
			"value": "KM"
		},
		{
			"name": "KN",
			"value": "KN"
		},
		{
			"name": "KR",
			"value": "KR"
		},
		{
			"name": "KW",
			"value": "KW"
		},
		{
			"name": "KY",
			"value": "KY"
		},
		{
			"name": "KZ",
			"value": "KZ"
		},
		{
			"name": "LA",
			"value": "LA"
		},
		{
			"name": "LB",
			"value": "LB"
		},
		{
			"name": "LC",
			"value": "LC"
		},
		{
			"name": "LI",
			"value": "LI"
		},
		{
			"name": "LK",
			"value": "LK"
		},
		{
			"name": "LR",
			"value": "LR"
		},
		{
			"name": "LS",
			"value": "LS"
		},
		{
			"name": "LT",
			"value": "LT"
		},
		{
			"name": "LU",
			"value": "LU"
		},
		{
			"name": "LV",
			"value": "LV"
		},
		{
			"name": "LY",
			"value": "LY"
		},
		{
			"name": "MA",
			"value": "MA"
		},
		{
			"name": "MC",
			"value": "MC"
		},
		{
			"name": "MD",
			"value": "MD"
		},
		{
			"name": "ME",
			"value": "ME"
		},
		{
			"name": "MF",
			"value": "MF"
		},
		{
			"name": "MG",
			"value": "MG"
		},
		{
			"name": "MH",
			"value": "MH"
		},
		{
			"name": "MK",
			"value": "MK"
		},
		{
			"name": "ML",
			"value": "ML"
		},
		{
			"name": "MM",
			"value": "MM"
		},
		{
			"name": "MN",
			"value": "MN"
		},
		{
			"name": "MO",
			"value": "MO"
		},
		{
			"name": "MP",
			"value": "MP"
		},
		{
			"name": "MQ",
			"value": "MQ"
		},
		{
			"name": "MR",
			"value": "MR"
		},
		{
			"name": "MS",
			"value": "MS"
		},
		{
			"name": "MT",
			"value": "MT"
		},
		{
			"name": "MU",
			"value": "MU"
		},
		{
			"name": "MV",
			"value": "MV"
		},
		{
			"name": "MW",
			"value": "MW"
		},
		{
			"name": "MX",
			"value": "MX"
		},
		{
			"name": "MY",
			"value": "MY"
		},
		{
			"name": "MZ",
			"value": "MZ"
		},
		{
			"name": "NA",
			"value": "NA"
		},
		{
			"name": "NC",
			"value": "NC"
		},
		{
			"name": "NE",
			"value": "NE"
		},
		{
			"name": "NF",
			"value": "NF"
		},
		{
			"name": "NG",
			"value": "NG"
		},
		{
			"name": "NI",
			"value": "NI"
		},
		{
			"name": "NL",
			"value": "NL"
		},
		{
			"name": "NO",
			"value": "NO"
		},
		{
			"name": "NP",
			"value": "NP"
		},
		{
			"name": "NR",
			"value": "NR"
		},
		{
			"name": "NU",
			"value": "NU"
		},
		{
			"name": "NZ",
			"value": "NZ"
		},
		{
			"name": "OM",
			"value": "OM"
		},
		{
			"name": "PA",
			"value": "PA"
		},
		{
			"name": "PE",
			"value": "PE"
		},
		{
			"name": "PF",
			"value": "PF"
		},
		{
			"name": "PG",
			"value": "PG"
		},
		{
			"name": "PH",
			"value": "PH"
		},
		{
			"name": "PK",
			"value": "PK"
		},
		{
			"name": "PL",
			"value": "PL"
		},
		{
			"name": "PM",
			"value": "PM"
		},
		{
			"name": "PN",
			"value": "PN"
		},
		{
			"name": "PR",
			"value": "PR"
		},
		{
			"name": "PS",
			"value": "PS"
		},
		{
			"name": "PT",
			"value": "PT"
		},
		{
			"name": "PW",
			"value": "PW"
		},
		{
			"name": "PY",
			"value": "PY"
		},
		{
			"name": "QA",
			"value": "QA"
		},
		{
			"name": "RE",
			"value": "RE"
		},
		{
			"name": "RO",
			"value": "RO"
		},
		{
			"name": "RS",
			"value": "RS"
		},
		{
			"name": "RW",
			"value": "RW"
		},
		{
			"name": "SA",
			"value": "SA"
		},
		{
			"name": "SB",
			"value": "SB"
		},
		{
			"name": "SC",
			"value": "SC"
		},
		{
			"name": "SD",
			"value": "SD"
		},
		{
			"name": "SE",
			"value": "SE"
		},
		{
			"name": "SG",
			"value": "SG"
		},
		{
			"name": "SH",
			"value": "SH"
		},
		{
			"name": "SI",
			"value": "SI"
		},
		{
			"name": "SJ",
			"value": "SJ"
		},
		{
			"name": "SK",
			"value": "SK"
		},
		{
			"name": "SL",
			"value": "SL"
		},
		{
			"name": "SM",
			"value": "SM"
		},
		{
			"name": "SN",
			"value": "SN"
		},
		{
			"name": "SO",
			"value": "SO"
		},
		{
			"name": "SR",
			"value": "SR"
		},
		{
			"name": "SS",
			"value": "SS"
		},
		{
			"name": "ST",
			"value": "ST"
		},
		{
			"name": "SV",
			"value": "SV"
		},
		{
			"name": "SX",
			"value": "SX"
		},
		{
			"name": "SZ",
			"value": "SZ"
		},
		{
			"name": "TC",
			"value": "TC"
		},
		{
			"name": "TD",
			"value": "TD"
		},
		{
			"name": "TF",
			"value": "TF"
		},
		{
			"name": "TG",
			"value": "TG"
		},
		{
			"name": "TH",
			"value": "TH"
		},
		{
			"name": "TJ",
			"value": "TJ"
		},
		{
			"name": "TK",
			"value": "TK"
		},
		{
			"name": "TL",
			"value": "TL"
		},
		{
			"name": "TM",
			"value": "TM"
		},
		{
			"name": "TN",
			"value": "TN"
		},
		{
			"name": "TO",
			"value": "TO"
		},
		{
			"name": "TR",
			"value": "TR"
		},
		{
			"name": "TT",
			"value": "TT"
		},
		{
			"name": "TV",
			"value": "TV"
		},
		{
			"name": "TW",
			"value": "TW"
		},
		{
			"name": "TZ",
			"value": "TZ"
		},
		{
			"name": "UA",
			"value": "UA"
		},
		{
			"name": "UG",
			"value": "UG"
		},
		{
			"name": "UM",
			"value": "UM"
		},
		{
			"name": "US",
			"value": "US"
		},
		{
			"name": "UY",
			"value": "UY"
		},
		{
			"name": "UZ",
			"value": "UZ"
		},
		{
			"name": "VA",
			"value": "VA"
		},
		{
			"name": "VC",
			"value": "VC"
		},
		{
			"name": "VE",
			"value": "VE"
		},
		{
			"name": "VG",
			"value": "VG"
		},
		{
			"name": "VI",
			"value": "VI"
		},
		{
			"name": "VN",
			"value": "VN"
		},
		{
			"name": "VU",
			"value": "VU"
		},
		{
			"name": "WF",
			"value": "WF"
		},
		{
			"name": "WS",
			"value": "WS"
		},
		{
			"name": "YE",
			"value": "YE"
		},
		{
			"name": "YT",
			"value": "YT"
		},
		{
			"name": "ZA",
			"value": "ZA"
		},
		{
			"name": "ZM",
			"value": "ZM"
		},
		{
			"name": "ZW",
			"value": "ZW"
		}
	],
	"defaultPresentmentCurrencyOptions": [
		{
			"name": "Aed",
			"value": "aed"
		},
		{
			"name": "All",
			"value": "all"
		},
		{
			"name": "Amd",
			"value": "amd"
		},
		{
			"name": "Aoa",
			"value": "aoa"
		},
		{
			"name": "Ars",
			"value": "ars"
		},
		{
			"name": "Aud",
			"value": "aud"
		},
		{
			"name": "Awg",
			"value": "awg"
		},
		{
			"name": "Azn",
			"value": "azn"
		},
		{
			"name": "Bam",
			"value": "bam"
		},
		{
			"name": "Bbd",
			"value": "bbd"
		},
		{
			"name": "Bdt",
			"value": "bdt"
		},
		{
			"name": "Bif",
			"value": "bif"
		},
		{
			"name": "Bmd",
			"value": "bmd"
		},
		{
			"name": "Bnd",
			"value": "bnd"
		},
		{
			"name": "Bob",
			"value": "bob"
		},
		{
			"name": "Brl",
			"value": "brl"
		},
		{
			"name": "Bsd",
			"value": "bsd"
		},
		{
			"name": "Bwp",
			"value": "bwp"
		},
		{
			"name": "Bzd",
			"value": "bzd"
		},
		{
			"name": "Cad",
			"value": "cad"
		},
		{
			"name": "Cdf",
			"value": "cdf"
		},
		{
			"name": "Chf",
			"value": "chf"
		},
		{
			"name": "Clp",
			"value": "clp"
		},
		{
			"name": "Cny",
			"value": "cny"
		},
		{
			"name": "Cop",
			"value": "cop"
		},
		{
			"name": "Crc",
			"value": "crc"
		},
		{
			"name": "Cve",
			"value": "cve"
		},
		{
			"name": "Czk",
			"value": "czk"
		},
		{
			"name": "Djf",
			"value": "djf"
		},
		{
			"name": "Dkk",
			"value": "dkk"
		},
		{
			"name": "Dop",
			"value": "dop"
		},
		{
			"name": "Dzd",
			"value": "dzd"
		},
		{
			"name": "Egp",
			"value": "egp"
		},
		{
			"name": "Etb",
			"value": "etb"
		},
		{
			"name": "Eur",
			"value": "eur"
		},
		{
			"name": "Fjd",
			"value": "fjd"
		},
		{
			"name": "Fkp",
			"value": "fkp"
		},
		{
			"name": "Gbp",
			"value": "gbp"
		},
		{
			"name": "Gel",
			"value": "gel"
		},
		{
			"name": "Gip",
			"value": "gip"
		},
		{
			"name": "Gmd",
			"value": "gmd"
		},
		{
			"name": "Gnf",
			"value": "gnf"
		},
		{
			"name": "Gtq",
			"value": "gtq"
		},
		{
			"name": "Gyd",
			"value": "gyd"
		},
		{
			"name": "Hkd",
			"value": "hkd"
		},
		{
			"name": "Hnl",
			"value": "hnl"
		},
		{
			"name": "Htg",
			"value": "htg"
		},
		{
			"name": "Huf",
			"value": "huf"
		},
		{
			"name": "Idr",
			"value": "idr"
		},
		{
			"name": "Ils",
			"value": "ils"
		},
		{
			"name": "Inr",
			"value": "inr"
		},
		{
			"name": "Isk",
			"value": "isk"
		},
		{
			"name": "Jmd",
			"value": "jmd"
		},
		{
			"name": "Jpy",
			"value": "jpy"
		},
		{
			"name": "Kes",
			"value": "kes"
		},
		{
			"name": "Kgs",
			"value": "kgs"
		},
		{
			"name": "Khr",
			"value": "khr"
		},
		{
			"name": "Kmf",
			"value": "kmf"
		},
		{
			"name": "Krw",
			"value": "krw"
		},
		{
			"name": "Kyd",
			"value": "kyd"
		},
		{
			"name": "Kzt",
			"value": "kzt"
		},
		{
			"name": "Lak",
			"value": "lak"
		},
		{
			"name": "Lkr",
			"value": "lkr"
		},
		{
			"name": "Lrd",
			"value": "lrd"
		},
		{
			"name": "Lsl",
			"value": "lsl"
		},
		{
			"name": "Mad",
			"value": "mad"
		},
		{
			"name": "Mdl",
			"value": "mdl"
		},
		{
			"name": "Mga",
			"value": "mga"
		},
		{
			"name": "Mkd",
			"value": "mkd"
		},
		{
			"name": "Mnt",
			"value": "mnt"
		},
		{
			"name": "Mop",
			"value": "mop"
		},
		{
			"name": "Mur",
			"value": "mur"
		},
		{
			"name": "Mvr",
			"value": "mvr"
		},
		{
			"name": "Mwk",
			"value": "mwk"
		},
		{
			"name": "Mxn",
			"value": "mxn"
		},
		{
			"name": "Myr",
			"value": "myr"
		},
		{
			"name": "Mzn",
			"value": "mzn"
		},
		{
			"name": "Nad",
			"value": "nad"
		},
		{
			"name": "Ngn",
			"value": "ngn"
		},
		{
			"name": "Nio",
			"value": "nio"
		},
		{
			"name": "Nok",
			"value": "nok"
		},
		{
			"name": "Npr",
			"value": "npr"
		},
		{
			"name": "Nzd",
			"value": "nzd"
		},
		{
			"name": "Pab",
			"value": "pab"
		},
		{
			"name": "Pen",
			"value": "pen"
		},
		{
			"name": "Pgk",
			"value": "pgk"
		},
		{
			"name": "Php",
			"value": "php"
		},
		{
			"name": "Pkr",
			"value": "pkr"
		},
		{
			"name": "Pln",
			"value": "pln"
		},
		{
			"name": "Pyg",
			"value": "pyg"
		},
		{
			"name": "Qar",
			"value": "qar"
		},
		{
			"name": "Ron",
			"value": "ron"
		},
		{
			"name": "Rsd",
			"value": "rsd"
		},
		{
			"name": "Rwf",
			"value": "rwf"
		},
		{
			"name": "Sar",
			"value": "sar"
		},
		{
			"name": "Sbd",
			"value": "sbd"
		},
		{
			"name": "Scr",
			"value": "scr"
		},
		{
			"name": "Sek",
			"value": "sek"
		},
		{
			"name": "Sgd",
			"value": "sgd"
		},
		{
			"name": "Shp",
			"value": "shp"
		},
		{
			"name": "Sos",
			"value": "sos"
		},
		{
			"name": "Srd",
			"value": "srd"
		},
		{
			"name": "Szl",
			"value": "szl"
		},
		{
			"name": "Thb",
			"value": "thb"
		},
		{
			"name": "Tjs",
			"value": "tjs"
		},
		{
			"name": "Top",
			"value": "top"
		},
		{
			"name": "Try",
			"value": "try"
		},
		{
			"name": "Ttd",
			"value": "ttd"
		},
		{
			"name": "Twd",
			"value": "twd"
		},
		{
			"name": "Tzs",
			"value": "tzs"
		},
		{
			"name": "Uah",
			"value": "uah"
		},
		{
			"name": "Ugx",
			"value": "ugx"
		},
		{
			"name": "Usd",
			"value": "usd"
		},
		{
			"name": "Uyu",
			"value": "uyu"
		},
		{
			"name": "Uzs",
			"value": "uzs"
		},
		{
			"name": "Vnd",
			"value": "vnd"
		},
		{
			"name": "Vuv",
			"value": "vuv"
		},
		{
			"name": "Wst",
			"value": "wst"
		},
		{
			"name": "Xaf",
			"value": "xaf"
		},
		{
			"name": "Xcd",
			"value": "xcd"
		},
		{
			"name": "Xcg",
			"value": "xcg"
		},
		{
			"name": "Xof",
			"value": "xof"
		},
		{
			"name": "Xpf",
			"value": "xpf"
		},
		{
			"name": "Yer",
			"value": "yer"
		},
		{
			"name": "Zar",
			"value": "zar"
		},
		{
			"name": "Zmw",
			"value": "zmw"
		}
	],
	"eventsOptions": [
		{
			"name": "Benefit Created",
			"value": "benefit.created"
		},
		{
			"name": "Benefit Grant Created",
			"value": "benefit_grant.created"
		},
		{
			"name": "Benefit Grant Cycled",
			"value": "benefit_grant.cycled"
		},
		{
			"name": "Benefit Grant Revoked",
			"value": "benefit_grant.revoked"
		},
		{
			"name": "Benefit Grant Updated",
			"value": "benefit_grant.updated"
		},
		{
			"name": "Benefit Updated",
			"value": "benefit.updated"
		},
		{
			"name": "Checkout Created",
			"value": "checkout.created"
		},
		{
			"name": "Checkout Expired",
			"value": "checkout.expired"
		},
		{
			"name": "Checkout Updated",
			"value": "checkout.updated"
		},
		{
			"name": "Customer Created",
			"value": "customer.created"
		},
		{
			"name": "Customer Deleted",
			"value": "customer.deleted"
		},
		{
			"name": "Customer Seat Assigned",
			"value": "customer_seat.assigned"
		},
		{
			"name": "Customer Seat Claimed",
			"value": "customer_seat.claimed"
		},
		{
			"name": "Customer Seat Revoked",
			"value": "customer_seat.revoked"
		},
		{
			"name": "Customer State Changed",
			"value": "customer.state_changed"
		},
		{
			"name": "Customer Updated",
			"value": "customer.updated"
		},
		{
			"name": "Discount Created",
			"value": "discount.created"
		},
		{
			"name": "Discount Deleted",
			"value": "discount.deleted"
		},
		{
			"name": "Discount Updated",
			"value": "discount.updated"
		},
		{
			"name": "Member Created",
			"value": "member.created"
		},
		{
			"name": "Member Deleted",
			"value": "member.deleted"
		},
		{
			"name": "Member Updated",
			"value": "member.updated"
		},
		{
			"name": "Order Created",
			"value": "order.created"
		},
		{
			"name": "Order Paid",
			"value": "order.paid"
		},
		{
			"name": "Order Refunded",
			"value": "order.refunded"
		},
		{
			"name": "Order Updated",
			"value": "order.updated"
		},
		{
			"name": "Organization Updated",
			"value": "organization.updated"
		},
		{
			"name": "Product Created",
			"value": "product.created"
		},
		{
			"name": "Product Updated",
			"value": "product.updated"
		},
		{
			"name": "Refund Created",
			"value": "refund.created"
		},
		{
			"name": "Refund Updated",
			"value": "refund.updated"
		},
		{
			"name": "Subscription Active",
			"value": "subscription.active"
		},
		{
			"name": "Subscription Canceled",
			"value": "subscription.canceled"
		},
		{
			"name": "Subscription Created",
			"value": "subscription.created"
		},
		{
			"name": "Subscription Cycled",
			"value": "subscription.cycled"
		},
		{
			"name": "Subscription Migrated",
			"value": "subscription.migrated"
		},
		{
			"name": "Subscription Past Due",
			"value": "subscription.past_due"
		},
		{
			"name": "Subscription Paused",
			"value": "subscription.paused"
		},
		{
			"name": "Subscription Resumed",
			"value": "subscription.resumed"
		},
		{
			"name": "Subscription Revoked",
			"value": "subscription.revoked"
		},
		{
			"name": "Subscription Uncanceled",
			"value": "subscription.uncanceled"
		},
		{
			"name": "Subscription Updated",
			"value": "subscription.updated"
		}
	],
	"timezoneOptions": [
		{
			"name": "Africa Abidjan",
			"value": "Africa/Abidjan"
		},
		{
			"name": "Africa Accra",
			"value": "Africa/Accra"
		},
		{
			"name": "Africa Addis Ababa",
			"value": "Africa/Addis_Ababa"
		},
		{
			"name": "Africa Algiers",
			"value": "Africa/Algiers"
		},
		{
			"name": "Africa Asmara",
			"value": "Africa/Asmara"
		},
		{
			"name": "Africa Asmera",
			"value": "Africa/Asmera"
		},
		{
			"name": "Africa Bamako",
			"value": "Africa/Bamako"
		},
		{
			"name": "Africa Bangui",
			"value": "Africa/Bangui"
		},
		{
			"name": "Africa Banjul",
			"value": "Africa/Banjul"
		},
		{
			"name": "Africa Bissau",
			"value": "Africa/Bissau"
		},
		{
			"name": "Africa Blantyre",
			"value": "Africa/Blantyre"
		},
		{
			"name": "Africa Brazzaville",
			"value": "Africa/Brazzaville"
		},
		{
			"name": "Africa Bujumbura",
			"value": "Africa/Bujumbura"
		},
		{
			"name": "Africa Cairo",
			"value": "Africa/Cairo"
		},
		{
			"name": "Africa Casablanca",
			"value": "Africa/Casablanca"
		},
		{
			"name": "Africa Ceuta",
			"value": "Africa/Ceuta"
		},
		{
			"name": "Africa Conakry",
			"value": "Africa/Conakry"
		},
		{
			"name": "Africa Dakar",
			"value": "Africa/Dakar"
		},
		{
			"name": "Africa Dar Es Salaam",
			"value": "Africa/Dar_es_Salaam"
		},
		{
			"name": "Africa Djibouti",
			"value": "Africa/Djibouti"
		},
		{
			"name": "Africa Douala",
			"value": "Africa/Douala"
		},
		{
			"name": "Africa El Aaiun",
			"value": "Africa/El_Aaiun"
		},
		{
			"name": "Africa Freetown",
			"value": "Africa/Freetown"
		},
		{
			"name": "Africa Gaborone",
			"value": "Africa/Gaborone"
		},
		{
			"name": "Africa Harare",
			"value": "Africa/Harare"
		},
		{
			"name": "Africa Johannesburg",
			"value": "Africa/Johannesburg"
		},
		{
			"name": "Africa Juba",
			"value": "Africa/Juba"
		},
		{
			"name": "Africa Kampala",
			"value": "Africa/Kampala"
		},
		{
			"name": "Africa Khartoum",
			"value": "Africa/Khartoum"
		},
		{
			"name": "Africa Kigali",
			"value": "Africa/Kigali"
		},
		{
			"name": "Africa Kinshasa",
			"value": "Africa/Kinshasa"
		},
		{
			"name": "Africa Lagos",
			"value": "Africa/Lagos"
		},
		{
			"name": "Africa Libreville",
			"value": "Africa/Libreville"
		},
		{
			"name": "Africa Lome",
			"value": "Africa/Lome"
		},
		{
			"name": "Africa Luanda",
			"value": "Africa/Luanda"
		},
		{
			"name": "Africa Lubumbashi",
			"value": "Africa/Lubumbashi"
		},
		{
			"name": "Africa Lusaka",
			"value": "Africa/Lusaka"
		},
		{
			"name": "Africa Malabo",
			"value": "Africa/Malabo"
		},
		{
			"name": "Africa Maputo",
			"value": "Africa/Maputo"
		},
		{
			"name": "Africa Maseru",
			"value": "Africa/Maseru"
		},
		{
			"name": "Africa Mbabane",
			"value": "Africa/Mbabane"
		},
		{
			"name": "Africa Mogadishu",
			"value": "Africa/Mogadishu"
		},
		{
			"name": "Africa Monrovia",
			"value": "Africa/Monrovia"
		},
		{
			"name": "Africa Nairobi",
			"value": "Africa/Nairobi"
		},
		{
			"name": "Africa Ndjamena",
			"value": "Africa/Ndjamena"
		},
		{
			"name": "Africa Niamey",
			"value": "Africa/Niamey"
		},
		{
			"name": "Africa Nouakchott",
			"value": "Africa/Nouakchott"
		},
		{
			"name": "Africa Ouagadougou",
			"value": "Africa/Ouagadougou"
		},
		{
			"name": "Africa Porto Novo",
			"value": "Africa/Porto-Novo"
		},
		{
			"name": "Africa Sao Tome",
			"value": "Africa/Sao_Tome"
		},
		{
			"name": "Africa Timbuktu",
			"value": "Africa/Timbuktu"
		},
		{
			"name": "Africa Tripoli",
			"value": "Africa/Tripoli"
		},
		{
			"name": "Africa Tunis",
			"value": "Africa/Tunis"
		},
		{
			"name": "Africa Windhoek",
			"value": "Africa/Windhoek"
		},
		{
			"name": "America Adak",
			"value": "America/Adak"
		},
		{
			"name": "America Anchorage",
			"value": "America/Anchorage"
		},
		{
			"name": "America Anguilla",
			"value": "America/Anguilla"
		},
		{
			"name": "America Antigua",
			"value": "America/Antigua"
		},
		{
			"name": "America Araguaina",
			"value": "America/Araguaina"
		},
		{
			"name": "America Argentina Buenos Aires",
			"value": "America/Argentina/Buenos_Aires"
		},
		{
			"name": "America Argentina Catamarca",
			"value": "America/Argentina/Catamarca"
		},
		{
			"name": "America Argentina Comod Rivadavia",
			"value": "America/Argentina/ComodRivadavia"
		},
		{
			"name": "America Argentina Cordoba",
			"value": "America/Argentina/Cordoba"
		},
		{
			"name": "America Argentina Jujuy",
			"value": "America/Argentina/Jujuy"
		},
		{
			"name": "America Argentina La Rioja",
			"value": "America/Argentina/La_Rioja"
		},
		{
			"name": "America Argentina Mendoza",
			"value": "America/Argentina/Mendoza"
		},
		{
			"name": "America Argentina Rio Gallegos",
			"value": "America/Argentina/Rio_Gallegos"
		},
		{
			"name": "America Argentina Salta",
			"value": "America/Argentina/Salta"
		},
		{
			"name": "America Argentina San Juan",
			"value": "America/Argentina/San_Juan"
		},
		{
			"name": "America Argentina San Luis",
			"value": "America/Argentina/San_Luis"
		},
		{
			"name": "America Argentina Tucuman",
			"value": "America/Argentina/Tucuman"
		},
		{
			"name": "America Argentina Ushuaia",
			"value": "America/Argentina/Ushuaia"
		},
		{
			"name": "America Aruba",
			"value": "America/Aruba"
		},
		{
			"name": "America Asuncion",
			"value": "America/Asuncion"
		},
		{
			"name": "America Atikokan",
			"value": "America/Atikokan"
		},
		{
			"name": "America Atka",
			"value": "America/Atka"
		},
		{
			"name": "America Bahia",
			"value": "America/Bahia"
		},
		{
			"name": "America Bahia Banderas",
			"value": "America/Bahia_Banderas"
		},
		{
			"name": "America Barbados",
			"value": "America/Barbados"
		},
		{
			"name": "America Belem",
			"value": "America/Belem"
		},
		{
			"name": "America Belize",
			"value": "America/Belize"
		},
		{
			"name": "America Blanc Sablon",
			"value": "America/Blanc-Sablon"
		},
		{
			"name": "America Boa Vista",
			"value": "America/Boa_Vista"
		},
		{
			"name": "America Bogota",
			"value": "America/Bogota"
		},
		{
			"name": "America Boise",
			"value": "America/Boise"
		},
		{
			"name": "America Buenos Aires",
			"value": "America/Buenos_Aires"
		},
		{
			"name": "America Cambridge Bay",
			"value": "America/Cambridge_Bay"
		},
		{
			"name": "America Campo Grande",
			"value": "America/Campo_Grande"
		},
		{
			"name": "America Cancun",
			"value": "America/Cancun"
		},
		{
			"name": "America Caracas",
			"value": "America/Caracas"
		},
		{
			"name": "America Catamarca",
			"value": "America/Catamarca"
		},
		{
			"name": "America Cayenne",
			"value": "America/Cayenne"
		},
		{
			"name": "America Cayman",
			"value": "America/Cayman"
		},
		{
			"name": "America Chicago",
			"value": "America/Chicago"
		},
		{
			"name": "America Chihuahua",
			"value": "America/Chihuahua"
		},
		{
			"name": "America Ciudad Juarez",
			"value": "America/Ciudad_Juarez"
		},
		{
			"name": "America Coral Harbour",
			"value": "America/Coral_Harbour"
		},
		{
			"name": "America Cordoba",
			"value": "America/Cordoba"
		},
		{
			"name": "America Costa Rica",
			"value": "America/Costa_Rica"
		},
		{
			"name": "America Coyhaique",
			"value": "America/Coyhaique"
		},
		{
			"name": "America Creston",
			"value": "America/Creston"
		},
		{
			"name": "America Cuiaba",
			"value": "America/Cuiaba"
		},
		{
			"name": "America Curacao",
			"value": "America/Curacao"
		},
		{
			"name": "America Danmarkshavn",
			"value": "America/Danmarkshavn"
		},
		{
			"name": "America Dawson",
			"value": "America/Dawson"
		},
		{
			"name": "America Dawson Creek",
			"value": "America/Dawson_Creek"
		},
		{
			"name": "America Denver",
			"value": "America/Denver"
		},
		{
			"name": "America Detroit",
			"value": "America/Detroit"
		},
		{
			"name": "America Dominica",
			"value": "America/Dominica"
		},
		{
			"name": "America Edmonton",
			"value": "America/Edmonton"
		},
		{
			"name": "America Eirunepe",
			"value": "America/Eirunepe"
		},
		{
			"name": "America El Salvador",
			"value": "America/El_Salvador"
		},
		{
			"name": "America Ensenada",
			"value": "America/Ensenada"
		},
		{
			"name": "America Fort Nelson",
			"value": "America/Fort_Nelson"
		},
		{
			"name": "America Fort Wayne",
			"value": "America/Fort_Wayne"
		},
		{
			"name": "America Fortaleza",
			"value": "America/Fortaleza"
		},
		{
			"name": "America Glace Bay",
			"value": "America/Glace_Bay"
		},
		{
			"name": "America Godthab",
			"value": "America/Godthab"
		},
		{
			"name": "America Goose Bay",
			"value": "America/Goose_Bay"
		},
		{
			"name": "America Grand Turk",
			"value": "America/Grand_Turk"
		},
		{
			"name": "America Grenada",
			"value": "America/Grenada"
		},
		{
			"name": "America Guadeloupe",
			"value": "America/Guadeloupe"
		},
		{
			"name": "America Guatemala",
			"value": "America/Guatemala"
		},
		{
			"name": "America Guayaquil",
			"value": "America/Guayaquil"
		},
		{
			"name": "America Guyana",
			"value": "America/Guyana"
		},
		{
			"name": "America Halifax",
			"value": "America/Halifax"
		},
		{
			"name": "America Havana",
			"value": "America/Havana"
		},
		{
			"name": "America Hermosillo",
			"value": "America/Hermosillo"
		},
		{
			"name": "America Indiana Indianapolis",
			"value": "America/Indiana/Indianapolis"
		},
		{
			"name": "America Indiana Knox",
			"value": "America/Indiana/Knox"
		},
		{
			"name": "America Indiana Marengo",
			"value": "America/Indiana/Marengo"
		},
		{
			"name": "America Indiana Petersburg",
			"value": "America/Indiana/Petersburg"
		},
		{
			"name": "America Indiana Tell City",
			"value": "America/Indiana/Tell_City"
		},
		{
			"name": "America Indiana Vevay",
			"value": "America/Indiana/Vevay"
		},
		{
			"name": "America Indiana Vincennes",
			"value": "America/Indiana/Vincennes"
		},
		{
			"name": "America Indiana Winamac",
			"value": "America/Indiana/Winamac"
		},
		{
			"name": "America Indianapolis",
			"value": "America/Indianapolis"
		},
		{
			"name": "America Inuvik",
			"value": "America/Inuvik"
		},
		{
			"name": "America Iqaluit",
			"value": "America/Iqaluit"
		},
		{
			"name": "America Jamaica",
			"value": "America/Jamaica"
		},
		{
			"name": "America Jujuy",
			"value": "America/Jujuy"
		},
		{
			"name": "America Juneau",
			"value": "America/Juneau"
		},
		{
			"name": "America Kentucky Louisville",
			"value": "America/Kentucky/Louisville"
		},
		{
			"name": "America Kentucky Monticello",
			"value": "America/Kentucky/Monticello"
		},
		{
			"name": "America Knox IN",
			"value": "America/Knox_IN"
		},
		{
			"name": "America Kralendijk",
			"value": "America/Kralendijk"
		},
		{
			"name": "America La Paz",
			"value": "America/La_Paz"
		},
		{
			"name": "America Lima",
			"value": "America/Lima"
		},
		{
			"name": "America Los Angeles",
			"value": "America/Los_Angeles"
		},
		{
			"name": "America Louisville",
			"value": "America/Louisville"
		},
		{
			"name": "America Lower Princes",
			"value": "America/Lower_Princes"
		},
		{
			"name": "America Maceio",
			"value": "America/Maceio"
		},
		{
			"name": "America Managua",
			"value": "America/Managua"
		},
		{
			"name": "America Manaus",
			"value": "America/Manaus"
		},
		{
			"name": "America Marigot",
			"value": "America/Marigot"
		},
		{
			"name": "America Martinique",
			"value": "America/Martinique"
		},
		{
			"name": "America Matamoros",
			"value": "America/Matamoros"
		},
		{
			"name": "America Mazatlan",
			"value": "America/Mazatlan"
		},
		{
			"name": "America Mendoza",
			"value": "America/Mendoza"
		},
		{
			"name": "America Menominee",
			"value": "America/Menominee"
		},
		{
			"name": "America Merida",
			"value": "America/Merida"
		},
		{
			"name": "America Metlakatla",
			"value": "America/Metlakatla"
		},
		{
			"name": "America Mexico City",
			"value": "America/Mexico_City"
		},
		{
			"name": "America Miquelon",
			"value": "America/Miquelon"
		},
		{
			"name": "America Moncton",
			"value": "America/Moncton"
		},
		{
			"name": "America Monterrey",
			"value": "America/Monterrey"
		},
		{
			"name": "America Montevideo",
			"value": "America/Montevideo"
		},
		{
			"name": "America Montreal",
			"value": "America/Montreal"
		},
		{
			"name": "America Montserrat",
			"value": "America/Montserrat"
		},
		{
			"name": "America Nassau",
			"value": "America/Nassau"
		},
		{
			"name": "America New York",
			"value": "America/New_York"
		},
		{
			"name": "America Nipigon",
			"value": "America/Nipigon"
		},
		{
			"name": "America Nome",
			"value": "America/Nome"
		},
		{
			"name": "America Noronha",
			"value": "America/Noronha"
		},
		{
			"name": "America North Dakota Beulah",
			"value": "America/North_Dakota/Beulah"
		},
		{
			"name": "America North Dakota Center",
			"value": "America/North_Dakota/Center"
		},
		{
			"name": "America North Dakota New Salem",
			"value": "America/North_Dakota/New_Salem"
		},
		{
			"name": "America Nuuk",
			"value": "America/Nuuk"
		},
		{
			"name": "America Ojinaga",
			"value": "America/Ojinaga"
		},
		{
			"name": "America Panama",
			"value": "America/Panama"
		},
		{
			"name": "America Pangnirtung",
			"value": "America/Pangnirtung"
		},
		{
			"name": "America Paramaribo",
			"value": "America/Paramaribo"
		},
		{
			"name": "America Phoenix",
			"value": "America/Phoenix"
		},
		{
			"name": "America Port Au Prince",
			"value": "America/Port-au-Prince"
		},
		{
			"name": "America Port Of Spain",
			"value": "America/Port_of_Spain"
		},
		{
			"name": "America Porto Acre",
			"value": "America/Porto_Acre"
		},
		{
			"name": "America Porto Velho",
			"value": "America/Porto_Velho"
		},
		{
			"name": "America Puerto Rico",
			"value": "America/Puerto_Rico"
		},
		{
			"name": "America Punta Arenas",
			"value": "America/Punta_Arenas"
		},
		{
			"name": "America Rainy River",
			"value": "America/Rainy_River"
		},
		{
			"name": "America Rankin Inlet",
			"value": "America/Rankin_Inlet"
		},
		{
			"name": "America Recife",
			"value": "America/Recife"
		},
		{
			"name": "America Regina",
			"value": "America/Regina"
		},
		{
			"name": "America Resolute",
			"value": "America/Resolute"
		},
		{
			"name": "America Rio Branco",
			"value": "America/Rio_Branco"
		},
		{
			"name": "America Rosario",
			"value": "America/Rosario"
		},
		{
			"name": "America Santa Isabel",
			"value": "America/Santa_Isabel"
		},
		{
			"name": "America Santarem",
			"value": "America/Santarem"
		},
		{
			"name": "America Santiago",
			"value": "America/Santiago"
		},
		{
			"name": "America Santo Domingo",
			"value": "America/Santo_Domingo"
		},
		{
			"name": "America Sao Paulo",
			"value": "America/Sao_Paulo"
		},
		{
			"name": "America Scoresbysund",
			"value": "America/Scoresbysund"
		},
		{
			"name": "America Shiprock",
			"value": "America/Shiprock"
		},
		{
			"name": "America Sitka",
			"value": "America/Sitka"
		},
		{
			"name": "America St Barthelemy",
			"value": "America/St_Barthelemy"
		},
		{
			"name": "America St Johns",
			"value": "America/St_Johns"
		},
		{
			"name": "America St Kitts",
			"value": "America/St_Kitts"
		},
		{
			"name": "America St Lucia",
			"value": "America/St_Lucia"
		},
		{
			"name": "America St Thomas",
			"value": "America/St_Thomas"
		},
		{
			"name": "America St Vincent",
			"value": "America/St_Vincent"
		},
		{
			"name": "America Swift Current",
			"value": "America/Swift_Current"
		},
		{
			"name": "America Tegucigalpa",
			"value": "America/Tegucigalpa"
		},
		{
			"name": "America Thule",
			"value": "America/Thule"
		},
		{
			"name": "America Thunder Bay",
			"value": "America/Thunder_Bay"
		},
		{
			"name": "America Tijuana",
			"value": "America/Tijuana"
		},
		{
			"name": "America Toronto",
			"value": "America/Toronto"
		},
		{
			"name": "America Tortola",
			"value": "America/Tortola"
		},
		{
			"name": "America Vancouver",
			"value": "America/Vancouver"
		},
		{
			"name": "America Virgin",
			"value": "America/Virgin"
		},
		{
			"name": "America Whitehorse",
			"value": "America/Whitehorse"
		},
		{
			"name": "America Winnipeg",
			"value": "America/Winnipeg"
		},
		{
			"name": "America Yakutat",
			"value": "America/Yakutat"
		},
		{
			"name": "America Yellowknife",
			"value": "America/Yellowknife"
		},
		{
			"name": "Antarctica Casey",
			"value": "Antarctica/Casey"
		},
		{
			"name": "Antarctica Davis",
			"value": "Antarctica/Davis"
		},
		{
			"name": "Antarctica Dumont DUrville",
			"value": "Antarctica/DumontDUrville"
		},
		{
			"name": "Antarctica Macquarie",
			"value": "Antarctica/Macquarie"
		},
		{
			"name": "Antarctica Mawson",
			"value": "Antarctica/Mawson"
		},
		{
			"name": "Antarctica Mc Murdo",
			"value": "Antarctica/McMurdo"
		},
		{
			"name": "Antarctica Palmer",
			"value": "Antarctica/Palmer"
		},
		{
			"name": "Antarctica Rothera",
			"value": "Antarctica/Rothera"
		},
		{
			"name": "Antarctica South Pole",
			"value": "Antarctica/South_Pole"
		},
		{
			"name": "Antarctica Syowa",
			"value": "Antarctica/Syowa"
		},
		{
			"name": "Antarctica Troll",
			"value": "Antarctica/Troll"
		},
		{
			"name": "Antarctica Vostok",
			"value": "Antarctica/Vostok"
		},
		{
			"name": "Arctic Longyearbyen",
			"value": "Arctic/Longyearbyen"
		},
		{
			"name": "Asia Aden",
			"value": "Asia/Aden"
		},
		{
			"name": "Asia Almaty",
			"value": "Asia/Almaty"
		},
		{
			"name": "Asia Amman",
			"value": "Asia/Amman"
		},
		{
			"name": "Asia Anadyr",
			"value": "Asia/Anadyr"
		},
		{
			"name": "Asia Aqtau",
			"value": "Asia/Aqtau"
		},
		{
			"name": "Asia Aqtobe",
			"value": "Asia/Aqtobe"
		},
		{
			"name": "Asia Ashgabat",
			"value": "Asia/Ashgabat"
		},
		{
			"name": "Asia Ashkhabad",
			"value": "Asia/Ashkhabad"
		},
		{
			"name": "Asia Atyrau",
			"value": "Asia/Atyrau"
		},
		{
			"name": "Asia Baghdad",
			"value": "Asia/Baghdad"
		},
		{
			"name": "Asia Bahrain",
			"value": "Asia/Bahrain"
		},
		{
			"name": "Asia Baku",
			"value": "Asia/Baku"
		},
		{
			"name": "Asia Bangkok",
			"value": "Asia/Bangkok"
		},
		{
			"name": "Asia Barnaul",
			"value": "Asia/Barnaul"
		},
		{
			"name": "Asia Beirut",
			"value": "Asia/Beirut"
		},
		{
			"name": "Asia Bishkek",
			"value": "Asia/Bishkek"
		},
		{
			"name": "Asia Brunei",
			"value": "Asia/Brunei"
		},
		{
			"name": "Asia Calcutta",
			"value": "Asia/Calcutta"
		},
		{
			"name": "Asia Chita",
			"value": "Asia/Chita"
		},
		{
			"name": "Asia Choibalsan",
			"value": "Asia/Choibalsan"
		},
		{
			"name": "Asia Chongqing",
			"value": "Asia/Chongqing"
		},
		{
			"name": "Asia Chungking",
			"value": "Asia/Chungking"
		},
		{
			"name": "Asia Colombo",
			"value": "Asia/Colombo"
		},
		{
			"name": "Asia Dacca",
			"value": "Asia/Dacca"
		},
		{
			"name": "Asia Damascus",
			"value": "Asia/Damascus"
		},
		{
			"name": "Asia Dhaka",
			"value": "Asia/Dhaka"
		},
		{
			"name": "Asia Dili",
			"value": "Asia/Dili"
		},
		{
			"name": "Asia Dubai",
			"value": "Asia/Dubai"
		},
		{
			"name": "Asia Dushanbe",
			"value": "Asia/Dushanbe"
		},
		{
			"name": "Asia Famagusta",
			"value": "Asia/Famagusta"
		},
		{
			"name": "Asia Gaza",
			"value": "Asia/Gaza"
		},
		{
			"name": "Asia Harbin",
			"value": "Asia/Harbin"
		},
		{
			"name": "Asia Hebron",
			"value": "Asia/Hebron"
		},
		{
			"name": "Asia Ho Chi Minh",
			"value": "Asia/Ho_Chi_Minh"
		},
		{
			"name": "Asia Hong Kong",
			"value": "Asia/Hong_Kong"
		},
		{
			"name": "Asia Hovd",
			"value": "Asia/Hovd"
		},
		{
			"name": "Asia Irkutsk",
			"value": "Asia/Irkutsk"
		},
		{
			"name": "Asia Istanbul",
			"value": "Asia/Istanbul"
		},
		{
			"name": "Asia Jakarta",
			"value": "Asia/Jakarta"
		},
		{
			"name": "Asia Jayapura",
			"value": "Asia/Jayapura"
		},
		{
			"name": "Asia Jerusalem",
			"value": "Asia/Jerusalem"
		},
		{
			"name": "Asia Kabul",
			"value": "Asia/Kabul"
		},
		{
			"name": "Asia Kamchatka",
			"value": "Asia/Kamchatka"
		},
		{
			"name": "Asia Karachi",
			"value": "Asia/Karachi"
		},
		{
			"name": "Asia Kashgar",
			"value": "Asia/Kashgar"
		},
		{
			"name": "Asia Kathmandu",
			"value": "Asia/Kathmandu"
		},
		{
			"name": "Asia Katmandu",
			"value": "Asia/Katmandu"
		},
		{
			"name": "Asia Khandyga",
			"value": "Asia/Khandyga"
		},
		{
			"name": "Asia Kolkata",
			"value": "Asia/Kolkata"
		},
		{
			"name": "Asia Krasnoyarsk",
			"value": "Asia/Krasnoyarsk"
		},
		{
			"name": "Asia Kuala Lumpur",
			"value": "Asia/Kuala_Lumpur"
		},
		{
			"name": "Asia Kuching",
			"value": "Asia/Kuching"
		},
		{
			"name": "Asia Kuwait",
			"value": "Asia/Kuwait"
		},
		{
			"name": "Asia Macao",
			"value": "Asia/Macao"
		},
		{
			"name": "Asia Macau",
			"value": "Asia/Macau"
		},
		{
			"name": "Asia Magadan",
			"value": "Asia/Magadan"
		},
		{
			"name": "Asia Makassar",
			"value": "Asia/Makassar"
		},
		{
			"name": "Asia Manila",
			"value": "Asia/Manila"
		},
		{
			"name": "Asia Muscat",
			"value": "Asia/Muscat"
		},
		{
			"name": "Asia Nicosia",
			"value": "Asia/Nicosia"
		},
		{
			"name": "Asia Novokuznetsk",
			"value": "Asia/Novokuznetsk"
		},
		{
			"name": "Asia Novosibirsk",
			"value": "Asia/Novosibirsk"
		},
		{
			"name": "Asia Omsk",
			"value": "Asia/Omsk"
		},
		{
			"name": "Asia Oral",
			"value": "Asia/Oral"
		},
		{
			"name": "Asia Phnom Penh",
			"value": "Asia/Phnom_Penh"
		},
		{
			"name": "Asia Pontianak",
			"value": "Asia/Pontianak"
		},
		{
			"name": "Asia Pyongyang",
			"value": "Asia/Pyongyang"
		},
		{
			"name": "Asia Qatar",
			"value": "Asia/Qatar"
		},
		{
			"name": "Asia Qostanay",
			"value": "Asia/Qostanay"
		},
		{
			"name": "Asia Qyzylorda",
			"value": "Asia/Qyzylorda"
		},
		{
			"name": "Asia Rangoon",
			"value": "Asia/Rangoon"
		},
		{
			"name": "Asia Riyadh",
			"value": "Asia/Riyadh"
		},
		{
			"name": "Asia Saigon",
			"value": "Asia/Saigon"
		},
		{
			"name": "Asia Sakhalin",
			"value": "Asia/Sakhalin"
		},
		{
			"name": "Asia Samarkand",
			"value": "Asia/Samarkand"
		},
		{
			"name": "Asia Seoul",
			"value": "Asia/Seoul"
		},
		{
			"name": "Asia Shanghai",
			"value": "Asia/Shanghai"
		},
		{
			"name": "Asia Singapore",
			"value": "Asia/Singapore"
		},
		{
			"name": "Asia Srednekolymsk",
			"value": "Asia/Srednekolymsk"
		},
		{
			"name": "Asia Taipei",
			"value": "Asia/Taipei"
		},
		{
			"name": "Asia Tashkent",
			"value": "Asia/Tashkent"
		},
		{
			"name": "Asia Tbilisi",
			"value": "Asia/Tbilisi"
		},
		{
			"name": "Asia Tehran",
			"value": "Asia/Tehran"
		},
		{
			"name": "Asia Tel Aviv",
			"value": "Asia/Tel_Aviv"
		},
		{
			"name": "Asia Thimbu",
			"value": "Asia/Thimbu"
		},
		{
			"name": "Asia Thimphu",
			"value": "Asia/Thimphu"
		},
		{
			"name": "Asia Tokyo",
			"value": "Asia/Tokyo"
		},
		{
			"name": "Asia Tomsk",
			"value": "Asia/Tomsk"
		},
		{
			"name": "Asia Ujung Pandang",
			"value": "Asia/Ujung_Pandang"
		},
		{
			"name": "Asia Ulaanbaatar",
			"value": "Asia/Ulaanbaatar"
		},
		{
			"name": "Asia Ulan Bator",
			"value": "Asia/Ulan_Bator"
		},
		{
			"name": "Asia Urumqi",
			"value": "Asia/Urumqi"
		},
		{
			"name": "Asia Ust Nera",
			"value": "Asia/Ust-Nera"
		},
		{
			"name": "Asia Vientiane",
			"value": "Asia/Vientiane"
		},
		{
			"name": "Asia Vladivostok",
			"value": "Asia/Vladivostok"
		},
		{
			"name": "Asia Yakutsk",
			"value": "Asia/Yakutsk"
		},
		{
			"name": "Asia Yangon",
			"value": "Asia/Yangon"
		},
		{
			"name": "Asia Yekaterinburg",
			"value": "Asia/Yekaterinburg"
		},
		{
			"name": "Asia Yerevan",
			"value": "Asia/Yerevan"
		},
		{
			"name": "Atlantic Azores",
			"value": "Atlantic/Azores"
		},
		{
			"name": "Atlantic Bermuda",
			"value": "Atlantic/Bermuda"
		},
		{
			"name": "Atlantic Canary",
			"value": "Atlantic/Canary"
		},
		{
			"name": "Atlantic Cape Verde",
			"value": "Atlantic/Cape_Verde"
		},
		{
			"name": "Atlantic Faeroe",
			"value": "Atlantic/Faeroe"
		},
		{
			"name": "Atlantic Faroe",
			"value": "Atlantic/Faroe"
		},
		{
			"name": "Atlantic Jan Mayen",
			"value": "Atlantic/Jan_Mayen"
		},
		{
			"name": "Atlantic Madeira",
			"value": "Atlantic/Madeira"
		},
		{
			"name": "Atlantic Reykjavik",
			"value": "Atlantic/Reykjavik"
		},
		{
			"name": "Atlantic South Georgia",
			"value": "Atlantic/South_Georgia"
		},
		{
			"name": "Atlantic St Helena",
			"value": "Atlantic/St_Helena"
		},
		{
			"name": "Atlantic Stanley",
			"value": "Atlantic/Stanley"
		},
		{
			"name": "Australia ACT",
			"value": "Australia/ACT"
		},
		{
			"name": "Australia Adelaide",
			"value": "Australia/Adelaide"
		},
		{
			"name": "Australia Brisbane",
			"value": "Australia/Brisbane"
		},
		{
			"name": "Australia Broken Hill",
			"value": "Australia/Broken_Hill"
		},
		{
			"name": "Australia Canberra",
			"value": "Australia/Canberra"
		},
		{
			"name": "Australia Currie",
			"value": "Australia/Currie"
		},
		{
			"name": "Australia Darwin",
			"value": "Australia/Darwin"
		},
		{
			"name": "Australia Eucla",
			"value": "Australia/Eucla"
		},
		{
			"name": "Australia Hobart",
			"value": "Australia/Hobart"
		},
		{
			"name": "Australia LHI",
			"value": "Australia/LHI"
		},
		{
			"name": "Australia Lindeman",
			"value": "Australia/Lindeman"
		},
		{
			"name": "Australia Lord Howe",
			"value": "Australia/Lord_Howe"
		},
		{
			"name": "Australia Melbourne",
			"value": "Australia/Melbourne"
		},
		{
			"name": "Australia North",
			"value": "Australia/North"
		},
		{
			"name": "Australia NSW",
			"value": "Australia/NSW"
		},
		{
			"name": "Australia Perth",
			"value": "Australia/Perth"
		},
		{
			"name": "Australia Queensland",
			"value": "Australia/Queensland"
		},
		{
			"name": "Australia South",
			"value": "Australia/South"
		},
		{
			"name": "Australia Sydney",
			"value": "Australia/Sydney"
		},
		{
			"name": "Australia Tasmania",
			"value": "Australia/Tasmania"
		},
		{
			"name": "Australia Victoria",
			"value": "Australia/Victoria"
		},
		{
			"name": "Australia West",
			"value": "Australia/West"
		},
		{
			"name": "Australia Yancowinna",
			"value": "Australia/Yancowinna"
		},
		{
			"name": "Brazil Acre",
			"value": "Brazil/Acre"
		},
		{
			"name": "Brazil De Noronha",
			"value": "Brazil/DeNoronha"
		},
		{
			"name": "Brazil East",
			"value": "Brazil/East"
		},
		{
			"name": "Brazil West",
			"value": "Brazil/West"
		},
		{
			"name": "Canada Atlantic",
			"value": "Canada/Atlantic"
		},
		{
			"name": "Canada Central",
			"value": "Canada/Central"
		},
		{
			"name": "Canada Eastern",
			"value": "Canada/Eastern"
		},
		{
			"name": "Canada Mountain",
			"value": "Canada/Mountain"
		},
		{
			"name": "Canada Newfoundland",
			"value": "Canada/Newfoundland"
		},
		{
			"name": "Canada Pacific",
			"value": "Canada/Pacific"
		},
		{
			"name": "Canada Saskatchewan",
			"value": "Canada/Saskatchewan"
		},
		{
			"name": "Canada Yukon",
			"value": "Canada/Yukon"
		},
		{
			"name": "CET",
			"value": "CET"
		},
		{
			"name": "Chile Continental",
			"value": "Chile/Continental"
		},
		{
			"name": "Chile Easter Island",
			"value": "Chile/EasterIsland"
		},
		{
			"name": "CST6 CDT",
			"value": "CST6CDT"
		},
		{
			"name": "Cuba",
			"value": "Cuba"
		},
		{
			"name": "EET",
			"value": "EET"
		},
		{
			"name": "Egypt",
			"value": "Egypt"
		},
		{
			"name": "Eire",
			"value": "Eire"
		},
		{
			"name": "EST",
			"value": "EST"
		},
		{
			"name": "EST5 EDT",
			"value": "EST5EDT"
		},
		{
			"name": "Etc GMT",
			"value": "Etc/GMT"
		},
		{
			"name": "Etc GMT 0",
			"value": "Etc/GMT+0"
		},
		{
			"name": "Etc GMT 0",
			"value": "Etc/GMT-0"
		},
		{
			"name": "Etc GMT 1",
			"value": "Etc/GMT+1"
		},
		{
			"name": "Etc GMT 1",
			"value": "Etc/GMT-1"
		},
		{
			"name": "Etc GMT 10",
			"value": "Etc/GMT+10"
		},
		{
			"name": "Etc GMT 10",
			"value": "Etc/GMT-10"
		},
		{
			"name": "Etc GMT 11",
			"value": "Etc/GMT+11"
		},
		{
			"name": "Etc GMT 11",
			"value": "Etc/GMT-11"
		},
		{
			"name": "Etc GMT 12",
			"value": "Etc/GMT+12"
		},
		{
			"name": "Etc GMT 12",
			"value": "Etc/GMT-12"
		},
		{
			"name": "Etc GMT 13",
			"value": "Etc/GMT-13"
		},
		{
			"name": "Etc GMT 14",
			"value": "Etc/GMT-14"
		},
		{
			"name": "Etc GMT 2",
			"value": "Etc/GMT+2"
		},
		{
			"name": "Etc GMT 2",
			"value": "Etc/GMT-2"
		},
		{
			"name": "Etc GMT 3",
			"value": "Etc/GMT+3"
		},
		{
			"name": "Etc GMT 3",
			"value": "Etc/GMT-3"
		},
		{
			"name": "Etc GMT 4",
			"value": "Etc/GMT+4"
		},
		{
			"name": "Etc GMT 4",
			"value": "Etc/GMT-4"
		},
		{
			"name": "Etc GMT 5",
			"value": "Etc/GMT+5"
		},
		{
			"name": "Etc GMT 5",
			"value": "Etc/GMT-5"
		},
		{
			"name": "Etc GMT 6",
			"value": "Etc/GMT+6"
		},
		{
			"name": "Etc GMT 6",
			"value": "Etc/GMT-6"
		},
		{
			"name": "Etc GMT 7",
			"value": "Etc/GMT+7"
		},
		{
			"name": "Etc GMT 7",
			"value": "Etc/GMT-7"
		},
		{
			"name": "Etc GMT 8",
			"value": "Etc/GMT+8"
		},
		{
			"name": "Etc GMT 8",
			"value": "Etc/GMT-8"
		},
		{
			"name": "Etc GMT 9",
			"value": "Etc/GMT+9"
		},
		{
			"name": "Etc GMT 9",
			"value": "Etc/GMT-9"
		},
		{
			"name": "Etc GMT0",
			"value": "Etc/GMT0"
		},
		{
			"name": "Etc Greenwich",
			"value": "Etc/Greenwich"
		},
		{
			"name": "Etc UCT",
			"value": "Etc/UCT"
		},
		{
			"name": "Etc Universal",
			"value": "Etc/Universal"
		},
		{
			"name": "Etc UTC",
			"value": "Etc/UTC"
		},
		{
			"name": "Etc Zulu",
			"value": "Etc/Zulu"
		},
		{
			"name": "Europe Amsterdam",
			"value": "Europe/Amsterdam"
		},
		{
			"name": "Europe Andorra",
			"value": "Europe/Andorra"
		},
		{
			"name": "Europe Astrakhan",
			"value": "Europe/Astrakhan"
		},
		{
			"name": "Europe Athens",
			"value": "Europe/Athens"
		},
		{
			"name": "Europe Belfast",
			"value": "Europe/Belfast"
		},
		{
			"name": "Europe Belgrade",
			"value": "Europe/Belgrade"
		},
		{
			"name": "Europe Berlin",
			"value": "Europe/Berlin"
		},
		{
			"name": "Europe Bratislava",
			"value": "Europe/Bratislava"
		},
		{
			"name": "Europe Brussels",
			"value": "Europe/Brussels"
		},
		{
			"name": "Europe Bucharest",
			"value": "Europe/Bucharest"
		},
		{
			"name": "Europe Budapest",
			"value": "Europe/Budapest"
		},
		{
			"name": "Europe Busingen",
			"value": "Europe/Busingen"
		},
		{
			"name": "Europe Chisinau",
			"value": "Europe/Chisinau"
		},
		{
			"name": "Europe Copenhagen",
			"value": "Europe/Copenhagen"
		},
		{
			"name": "Europe Dublin",
			"value": "Europe/Dublin"
		},
		{
			"name": "Europe Gibraltar",
			"value": "Europe/Gibraltar"
		},
		{
			"name": "Europe Guernsey",
			"value": "Europe/Guernsey"
		},
		{
			"name": "Europe Helsinki",
			"value": "Europe/Helsinki"
		},
		{
			"name": "Europe Isle Of Man",
			"value": "Europe/Isle_of_Man"
		},
		{
			"name": "Europe Istanbul",
			"value": "Europe/Istanbul"
		},
		{
			"name": "Europe Jersey",
			"value": "Europe/Jersey"
		},
		{
			"name": "Europe Kaliningrad",
			"value": "Europe/Kaliningrad"
		},
		{
			"name": "Europe Kiev",
			"value": "Europe/Kiev"
		},
		{
			"name": "Europe Kirov",
			"value": "Europe/Kirov"
		},
		{
			"name": "Europe Kyiv",
			"value": "Europe/Kyiv"
		},
		{
			"name": "Europe Lisbon",
			"value": "Europe/Lisbon"
		},
		{
			"name": "Europe Ljubljana",
			"value": "Europe/Ljubljana"
		},
		{
			"name": "Europe London",
			"value": "Europe/London"
		},
		{
			"name": "Europe Luxembourg",
			"value": "Europe/Luxembourg"
		},
		{
			"name": "Europe Madrid",
			"value": "Europe/Madrid"
		},
		{
			"name": "Europe Malta",
			"value": "Europe/Malta"
		},
		{
			"name": "Europe Mariehamn",
			"value": "Europe/Mariehamn"
		},
		{
			"name": "Europe Minsk",
			"value": "Europe/Minsk"
		},
		{
			"name": "Europe Monaco",
			"value": "Europe/Monaco"
		},
		{
			"name": "Europe Moscow",
			"value": "Europe/Moscow"
		},
		{
			"name": "Europe Nicosia",
			"value": "Europe/Nicosia"
		},
		{
			"name": "Europe Oslo",
			"value": "Europe/Oslo"
		},
		{
			"name": "Europe Paris",
			"value": "Europe/Paris"
		},
		{
			"name": "Europe Podgorica",
			"value": "Europe/Podgorica"
		},
		{
			"name": "Europe Prague",
			"value": "Europe/Prague"
		},
		{
			"name": "Europe Riga",
			"value": "Europe/Riga"
		},
		{
			"name": "Europe Rome",
			"value": "Europe/Rome"
		},
		{
			"name": "Europe Samara",
			"value": "Europe/Samara"
		},
		{
			"name": "Europe San Marino",
			"value": "Europe/San_Marino"
		},
		{
			"name": "Europe Sarajevo",
			"value": "Europe/Sarajevo"
		},
		{
			"name": "Europe Saratov",
			"value": "Europe/Saratov"
		},
		{
			"name": "Europe Simferopol",
			"value": "Europe/Simferopol"
		},
		{
			"name": "Europe Skopje",
			"value": "Europe/Skopje"
		},
		{
			"name": "Europe Sofia",
			"value": "Europe/Sofia"
		},
		{
			"name": "Europe Stockholm",
			"value": "Europe/Stockholm"
		},
		{
			"name": "Europe Tallinn",
			"value": "Europe/Tallinn"
		},
		{
			"name": "Europe Tirane",
			"value": "Europe/Tirane"
		},
		{
			"name": "Europe Tiraspol",
			"value": "Europe/Tiraspol"
		},
		{
			"name": "Europe Ulyanovsk",
			"value": "Europe/Ulyanovsk"
		},
		{
			"name": "Europe Uzhgorod",
			"value": "Europe/Uzhgorod"
		},
		{
			"name": "Europe Vaduz",
			"value": "Europe/Vaduz"
		},
		{
			"name": "Europe Vatican",
			"value": "Europe/Vatican"
		},
		{
			"name": "Europe Vienna",
			"value": "Europe/Vienna"
		},
		{
			"name": "Europe Vilnius",
			"value": "Europe/Vilnius"
		},
		{
			"name": "Europe Volgograd",
			"value": "Europe/Volgograd"
		},
		{
			"name": "Europe Warsaw",
			"value": "Europe/Warsaw"
		},
		{
			"name": "Europe Zagreb",
			"value": "Europe/Zagreb"
		},
		{
			"name": "Europe Zaporozhye",
			"value": "Europe/Zaporozhye"
		},
		{
			"name": "Europe Zurich",
			"value": "Europe/Zurich"
		},
		{
			"name": "Factory",
			"value": "Factory"
		},
		{
			"name": "GB",
			"value": "GB"
		},
		{
			"name": "GB Eire",
			"value": "GB-Eire"
		},
		{
			"name": "GMT",
			"value": "GMT"
		},
		{
			"name": "GMT 0",
			"value": "GMT+0"
		},
		{
			"name": "GMT 0",
			"value": "GMT-0"
		},
		{
			"name": "GMT0",
			"value": "GMT0"
		},
		{
			"name": "Greenwich",
			"value": "Greenwich"
		},
		{
			"name": "Hongkong",
			"value": "Hongkong"
		},
		{
			"name": "HST",
			"value": "HST"
		},
		{
			"name": "Iceland",
			"value": "Iceland"
		},
		{
			"name": "Indian Antananarivo",
			"value": "Indian/Antananarivo"
		},
		{
			"name": "Indian Chagos",
			"value": "Indian/Chagos"
		},
		{
			"name": "Indian Christmas",
			"value": "Indian/Christmas"
		},
		{
			"name": "Indian Cocos",
			"value": "Indian/Cocos"
		},
		{
			"name": "Indian Comoro",
			"value": "Indian/Comoro"
		},
		{
			"name": "Indian Kerguelen",
			"value": "Indian/Kerguelen"
		},
		{
			"name": "Indian Mahe",
			"value": "Indian/Mahe"
		},
		{
			"name": "Indian Maldives",
			"value": "Indian/Maldives"
		},
		{
			"name": "Indian Mauritius",
			"value": "Indian/Mauritius"
		},
		{
			"name": "Indian Mayotte",
			"value": "Indian/Mayotte"
		},
		{
			"name": "Indian Reunion",
			"value": "Indian/Reunion"
		},
		{
			"name": "Iran",
			"value": "Iran"
		},
		{
			"name": "Israel",
			"value": "Israel"
		},
		{
			"name": "Jamaica",
			"value": "Jamaica"
		},
		{
			"name": "Japan",
			"value": "Japan"
		},
		{
			"name": "Kwajalein",
			"value": "Kwajalein"
		},
		{
			"name": "Libya",
			"value": "Libya"
		},
		{
			"name": "MET",
			"value": "MET"
		},
		{
			"name": "Mexico Baja Norte",
			"value": "Mexico/BajaNorte"
		},
		{
			"name": "Mexico Baja Sur",
			"value": "Mexico/BajaSur"
		},
		{
			"name": "Mexico General",
			"value": "Mexico/General"
		},
		{
			"name": "MST",
			"value": "MST"
		},
		{
			"name": "MST7 MDT",
			"value": "MST7MDT"
		},
		{
			"name": "Navajo",
			"value": "Navajo"
		},
		{
			"name": "NZ",
			"value": "NZ"
		},
		{
			"name": "NZ CHAT",
			"value": "NZ-CHAT"
		},
		{
			"name": "Pacific Apia",
			"value": "Pacific/Apia"
		},
		{
			"name": "Pacific Auckland",
			"value": "Pacific/Auckland"
		},
		{
			"name": "Pacific Bougainville",
			"value": "Pacific/Bougainville"
		},
		{
			"name": "Pacific Chatham",
			"value": "Pacific/Chatham"
		},
		{
			"name": "Pacific Chuuk",
			"value": "Pacific/Chuuk"
		},
		{
			"name": "Pacific Easter",
			"value": "Pacific/Easter"
		},
		{
			"name": "Pacific Efate",
			"value": "Pacific/Efate"
		},
		{
			"name": "Pacific Enderbury",
			"value": "Pacific/Enderbury"
		},
		{
			"name": "Pacific Fakaofo",
			"value": "Pacific/Fakaofo"
		},
		{
			"name": "Pacific Fiji",
			"value": "Pacific/Fiji"
		},
		{
			"name": "Pacific Funafuti",
			"value": "Pacific/Funafuti"
		},
		{
			"name": "Pacific Galapagos",
			"value": "Pacific/Galapagos"
		},
		{
			"name": "Pacific Gambier",
			"value": "Pacific/Gambier"
		},
		{
			"name": "Pacific Guadalcanal",
			"value": "Pacific/Guadalcanal"
		},
		{
			"name": "Pacific Guam",
			"value": "Pacific/Guam"
		},
		{
			"name": "Pacific Honolulu",
			"value": "Pacific/Honolulu"
		},
		{
			"name": "Pacific Johnston",
			"value": "Pacific/Johnston"
		},
		{
			"name": "Pacific Kanton",
			"value": "Pacific/Kanton"
		},
		{
			"name": "Pacific Kiritimati",
			"value": "Pacific/Kiritimati"
		},
		{
			"name": "Pacific Kosrae",
			"value": "Pacific/Kosrae"
		},
		{
			"name": "Pacific Kwajalein",
			"value": "Pacific/Kwajalein"
		},
		{
			"name": "Pacific Majuro",
			"value": "Pacific/Majuro"
		},
		{
			"name": "Pacific Marquesas",
			"value": "Pacific/Marquesas"
		},
		{
			"name": "Pacific Midway",
			"value": "Pacific/Midway"
		},
		{
			"name": "Pacific Nauru",
			"value": "Pacific/Nauru"
		},
		{
			"name": "Pacific Niue",
			"value": "Pacific/Niue"
		},
		{
			"name": "Pacific Norfolk",
			"value": "Pacific/Norfolk"
		},
		{
			"name": "Pacific Noumea",
			"value": "Pacific/Noumea"
		},
		{
			"name": "Pacific Pago Pago",
			"value": "Pacific/Pago_Pago"
		},
		{
			"name": "Pacific Palau",
			"value": "Pacific/Palau"
		},
		{
			"name": "Pacific Pitcairn",
			"value": "Pacific/Pitcairn"
		},
		{
			"name": "Pacific Pohnpei",
			"value": "Pacific/Pohnpei"
		},
		{
			"name": "Pacific Ponape",
			"value": "Pacific/Ponape"
		},
		{
			"name": "Pacific Port Moresby",
			"value": "Pacific/Port_Moresby"
		},
		{
			"name": "Pacific Rarotonga",
			"value": "Pacific/Rarotonga"
		},
		{
			"name": "Pacific Saipan",
			"value": "Pacific/Saipan"
		},
		{
			"name": "Pacific Samoa",
			"value": "Pacific/Samoa"
		},
		{
			"name": "Pacific Tahiti",
			"value": "Pacific/Tahiti"
		},
		{
			"name": "Pacific Tarawa",
			"value": "Pacific/Tarawa"
		},
		{
			"name": "Pacific Tongatapu",
			"value": "Pacific/Tongatapu"
		},
		{
			"name": "Pacific Truk",
			"value": "Pacific/Truk"
		},
		{
			"name": "Pacific Wake",
			"value": "Pacific/Wake"
		},
		{
			"name": "Pacific Wallis",
			"value": "Pacific/Wallis"
		},
		{
			"name": "Pacific Yap",
			"value": "Pacific/Yap"
		},
		{
			"name": "Poland",
			"value": "Poland"
		},
		{
			"name": "Portugal",
			"value": "Portugal"
		},
		{
			"name": "PRC",
			"value": "PRC"
		},
		{
			"name": "PST8 PDT",
			"value": "PST8PDT"
		},
		{
			"name": "ROC",
			"value": "ROC"
		},
		{
			"name": "ROK",
			"value": "ROK"
		},
		{
			"name": "Singapore",
			"value": "Singapore"
		},
		{
			"name": "Turkey",
			"value": "Turkey"
		},
		{
			"name": "UCT",
			"value": "UCT"
		},
		{
			"name": "Universal",
			"value": "Universal"
		},
		{
			"name": "US Alaska",
			"value": "US/Alaska"
		},
		{
			"name": "US Aleutian",
			"value": "US/Aleutian"
		},
		{
			"name": "US Arizona",
			"value": "US/Arizona"
		},
		{
			"name": "US Central",
			"value": "US/Central"
		},
		{
			"name": "US East Indiana",
			"value": "US/East-Indiana"
		},
		{
			"name": "US Eastern",
			"value": "US/Eastern"
		},
		{
			"name": "US Hawaii",
			"value": "US/Hawaii"
		},
		{
			"name": "US Indiana Starke",
			"value": "US/Indiana-Starke"
		},
		{
			"name": "US Michigan",
			"value": "US/Michigan"
		},
		{
			"name": "US Mountain",
			"value": "US/Mountain"
		},
		{
			"name": "US Pacific",
			"value": "US/Pacific"
		},
		{
			"name": "US Samoa",
			"value": "US/Samoa"
		},
		{
			"name": "UTC",
			"value": "UTC"
		},
		{
			"name": "W SU",
			"value": "W-SU"
		},
		{
			"name": "WET",
			"value": "WET"
		},
		{
			"name": "Zulu",
			"value": "Zulu"
		}
	]
};
