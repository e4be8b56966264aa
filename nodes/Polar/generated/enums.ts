// GENERATED FILE — do not edit. Produced by tools/generate from the Polar OpenAPI document (API version 2026-10) and tools/generate/supplement/2026-10.json (from @polar-sh/sdk 1.0.1).
// Rebuild with: npm run generate

/** Enums too long to inline in the node description; served by loadOptions methods of the same name. */
export const largeEnums: Record<string, Array<{ name: string; value: string }>> = {
	"countryOptions": [
		{
			"name": "Afghanistan (AF)",
			"value": "AF"
		},
		{
			"name": "Åland Islands (AX)",
			"value": "AX"
		},
		{
			"name": "Albania (AL)",
			"value": "AL"
		},
		{
			"name": "Algeria (DZ)",
			"value": "DZ"
		},
		{
			"name": "American Samoa (AS)",
			"value": "AS"
		},
		{
			"name": "Andorra (AD)",
			"value": "AD"
		},
		{
			"name": "Angola (AO)",
			"value": "AO"
		},
		{
			"name": "Anguilla (AI)",
			"value": "AI"
		},
		{
			"name": "Antarctica (AQ)",
			"value": "AQ"
		},
		{
			"name": "Antigua & Barbuda (AG)",
			"value": "AG"
		},
		{
			"name": "Argentina (AR)",
			"value": "AR"
		},
		{
			"name": "Armenia (AM)",
			"value": "AM"
		},
		{
			"name": "Aruba (AW)",
			"value": "AW"
		},
		{
			"name": "Australia (AU)",
			"value": "AU"
		},
		{
			"name": "Austria (AT)",
			"value": "AT"
		},
		{
			"name": "Azerbaijan (AZ)",
			"value": "AZ"
		},
		{
			"name": "Bahamas (BS)",
			"value": "BS"
		},
		{
			"name": "Bahrain (BH)",
			"value": "BH"
		},
		{
			"name": "Bangladesh (BD)",
			"value": "BD"
		},
		{
			"name": "Barbados (BB)",
			"value": "BB"
		},
		{
			"name": "Belarus (BY)",
			"value": "BY"
		},
		{
			"name": "Belgium (BE)",
			"value": "BE"
		},
		{
			"name": "Belize (BZ)",
			"value": "BZ"
		},
		{
			"name": "Benin (BJ)",
			"value": "BJ"
		},
		{
			"name": "Bermuda (BM)",
			"value": "BM"
		},
		{
			"name": "Bhutan (BT)",
			"value": "BT"
		},
		{
			"name": "Bolivia (BO)",
			"value": "BO"
		},
		{
			"name": "Bosnia & Herzegovina (BA)",
			"value": "BA"
		},
		{
			"name": "Botswana (BW)",
			"value": "BW"
		},
		{
			"name": "Bouvet Island (BV)",
			"value": "BV"
		},
		{
			"name": "Brazil (BR)",
			"value": "BR"
		},
		{
			"name": "British Indian Ocean Territory (IO)",
			"value": "IO"
		},
		{
			"name": "British Virgin Islands (VG)",
			"value": "VG"
		},
		{
			"name": "Brunei (BN)",
			"value": "BN"
		},
		{
			"name": "Bulgaria (BG)",
			"value": "BG"
		},
		{
			"name": "Burkina Faso (BF)",
			"value": "BF"
		},
		{
			"name": "Burundi (BI)",
			"value": "BI"
		},
		{
			"name": "Cambodia (KH)",
			"value": "KH"
		},
		{
			"name": "Cameroon (CM)",
			"value": "CM"
		},
		{
			"name": "Canada (CA)",
			"value": "CA"
		},
		{
			"name": "Cape Verde (CV)",
			"value": "CV"
		},
		{
			"name": "Caribbean Netherlands (BQ)",
			"value": "BQ"
		},
		{
			"name": "Cayman Islands (KY)",
			"value": "KY"
		},
		{
			"name": "Central African Republic (CF)",
			"value": "CF"
		},
		{
			"name": "Chad (TD)",
			"value": "TD"
		},
		{
			"name": "Chile (CL)",
			"value": "CL"
		},
		{
			"name": "China (CN)",
			"value": "CN"
		},
		{
			"name": "Christmas Island (CX)",
			"value": "CX"
		},
		{
			"name": "Cocos (Keeling) Islands (CC)",
			"value": "CC"
		},
		{
			"name": "Colombia (CO)",
			"value": "CO"
		},
		{
			"name": "Comoros (KM)",
			"value": "KM"
		},
		{
			"name": "Congo - Brazzaville (CG)",
			"value": "CG"
		},
		{
			"name": "Congo - Kinshasa (CD)",
			"value": "CD"
		},
		{
			"name": "Cook Islands (CK)",
			"value": "CK"
		},
		{
			"name": "Costa Rica (CR)",
			"value": "CR"
		},
		{
			"name": "Côte d’Ivoire (CI)",
			"value": "CI"
		},
		{
			"name": "Croatia (HR)",
			"value": "HR"
		},
		{
			"name": "Curaçao (CW)",
			"value": "CW"
		},
		{
			"name": "Cyprus (CY)",
			"value": "CY"
		},
		{
			"name": "Czechia (CZ)",
			"value": "CZ"
		},
		{
			"name": "Denmark (DK)",
			"value": "DK"
		},
		{
			"name": "Djibouti (DJ)",
			"value": "DJ"
		},
		{
			"name": "Dominica (DM)",
			"value": "DM"
		},
		{
			"name": "Dominican Republic (DO)",
			"value": "DO"
		},
		{
			"name": "Ecuador (EC)",
			"value": "EC"
		},
		{
			"name": "Egypt (EG)",
			"value": "EG"
		},
		{
			"name": "El Salvador (SV)",
			"value": "SV"
		},
		{
			"name": "Equatorial Guinea (GQ)",
			"value": "GQ"
		},
		{
			"name": "Eritrea (ER)",
			"value": "ER"
		},
		{
			"name": "Estonia (EE)",
			"value": "EE"
		},
		{
			"name": "Eswatini (SZ)",
			"value": "SZ"
		},
		{
			"name": "Ethiopia (ET)",
			"value": "ET"
		},
		{
			"name": "Falkland Islands (FK)",
			"value": "FK"
		},
		{
			"name": "Faroe Islands (FO)",
			"value": "FO"
		},
		{
			"name": "Fiji (FJ)",
			"value": "FJ"
		},
		{
			"name": "Finland (FI)",
			"value": "FI"
		},
		{
			"name": "France (FR)",
			"value": "FR"
		},
		{
			"name": "French Guiana (GF)",
			"value": "GF"
		},
		{
			"name": "French Polynesia (PF)",
			"value": "PF"
		},
		{
			"name": "French Southern Territories (TF)",
			"value": "TF"
		},
		{
			"name": "Gabon (GA)",
			"value": "GA"
		},
		{
			"name": "Gambia (GM)",
			"value": "GM"
		},
		{
			"name": "Georgia (GE)",
			"value": "GE"
		},
		{
			"name": "Germany (DE)",
			"value": "DE"
		},
		{
			"name": "Ghana (GH)",
			"value": "GH"
		},
		{
			"name": "Gibraltar (GI)",
			"value": "GI"
		},
		{
			"name": "Greece (GR)",
			"value": "GR"
		},
		{
			"name": "Greenland (GL)",
			"value": "GL"
		},
		{
			"name": "Grenada (GD)",
			"value": "GD"
		},
		{
			"name": "Guadeloupe (GP)",
			"value": "GP"
		},
		{
			"name": "Guam (GU)",
			"value": "GU"
		},
		{
			"name": "Guatemala (GT)",
			"value": "GT"
		},
		{
			"name": "Guernsey (GG)",
			"value": "GG"
		},
		{
			"name": "Guinea (GN)",
			"value": "GN"
		},
		{
			"name": "Guinea-Bissau (GW)",
			"value": "GW"
		},
		{
			"name": "Guyana (GY)",
			"value": "GY"
		},
		{
			"name": "Haiti (HT)",
			"value": "HT"
		},
		{
			"name": "Heard & McDonald Islands (HM)",
			"value": "HM"
		},
		{
			"name": "Honduras (HN)",
			"value": "HN"
		},
		{
			"name": "Hong Kong SAR China (HK)",
			"value": "HK"
		},
		{
			"name": "Hungary (HU)",
			"value": "HU"
		},
		{
			"name": "Iceland (IS)",
			"value": "IS"
		},
		{
			"name": "India (IN)",
			"value": "IN"
		},
		{
			"name": "Indonesia (ID)",
			"value": "ID"
		},
		{
			"name": "Iraq (IQ)",
			"value": "IQ"
		},
		{
			"name": "Ireland (IE)",
			"value": "IE"
		},
		{
			"name": "Isle of Man (IM)",
			"value": "IM"
		},
		{
			"name": "Israel (IL)",
			"value": "IL"
		},
		{
			"name": "Italy (IT)",
			"value": "IT"
		},
		{
			"name": "Jamaica (JM)",
			"value": "JM"
		},
		{
			"name": "Japan (JP)",
			"value": "JP"
		},
		{
			"name": "Jersey (JE)",
			"value": "JE"
		},
		{
			"name": "Jordan (JO)",
			"value": "JO"
		},
		{
			"name": "Kazakhstan (KZ)",
			"value": "KZ"
		},
		{
			"name": "Kenya (KE)",
			"value": "KE"
		},
		{
			"name": "Kiribati (KI)",
			"value": "KI"
		},
		{
			"name": "Kuwait (KW)",
			"value": "KW"
		},
		{
			"name": "Kyrgyzstan (KG)",
			"value": "KG"
		},
		{
			"name": "Laos (LA)",
			"value": "LA"
		},
		{
			"name": "Latvia (LV)",
			"value": "LV"
		},
		{
			"name": "Lebanon (LB)",
			"value": "LB"
		},
		{
			"name": "Lesotho (LS)",
			"value": "LS"
		},
		{
			"name": "Liberia (LR)",
			"value": "LR"
		},
		{
			"name": "Libya (LY)",
			"value": "LY"
		},
		{
			"name": "Liechtenstein (LI)",
			"value": "LI"
		},
		{
			"name": "Lithuania (LT)",
			"value": "LT"
		},
		{
			"name": "Luxembourg (LU)",
			"value": "LU"
		},
		{
			"name": "Macao SAR China (MO)",
			"value": "MO"
		},
		{
			"name": "Madagascar (MG)",
			"value": "MG"
		},
		{
			"name": "Malawi (MW)",
			"value": "MW"
		},
		{
			"name": "Malaysia (MY)",
			"value": "MY"
		},
		{
			"name": "Maldives (MV)",
			"value": "MV"
		},
		{
			"name": "Mali (ML)",
			"value": "ML"
		},
		{
			"name": "Malta (MT)",
			"value": "MT"
		},
		{
			"name": "Marshall Islands (MH)",
			"value": "MH"
		},
		{
			"name": "Martinique (MQ)",
			"value": "MQ"
		},
		{
			"name": "Mauritania (MR)",
			"value": "MR"
		},
		{
			"name": "Mauritius (MU)",
			"value": "MU"
		},
		{
			"name": "Mayotte (YT)",
			"value": "YT"
		},
		{
			"name": "Mexico (MX)",
			"value": "MX"
		},
		{
			"name": "Micronesia (FM)",
			"value": "FM"
		},
		{
			"name": "Moldova (MD)",
			"value": "MD"
		},
		{
			"name": "Monaco (MC)",
			"value": "MC"
		},
		{
			"name": "Mongolia (MN)",
			"value": "MN"
		},
		{
			"name": "Montenegro (ME)",
			"value": "ME"
		},
		{
			"name": "Montserrat (MS)",
			"value": "MS"
		},
		{
			"name": "Morocco (MA)",
			"value": "MA"
		},
		{
			"name": "Mozambique (MZ)",
			"value": "MZ"
		},
		{
			"name": "Myanmar (Burma) (MM)",
			"value": "MM"
		},
		{
			"name": "Namibia (NA)",
			"value": "NA"
		},
		{
			"name": "Nauru (NR)",
			"value": "NR"
		},
		{
			"name": "Nepal (NP)",
			"value": "NP"
		},
		{
			"name": "Netherlands (NL)",
			"value": "NL"
		},
		{
			"name": "New Caledonia (NC)",
			"value": "NC"
		},
		{
			"name": "New Zealand (NZ)",
			"value": "NZ"
		},
		{
			"name": "Nicaragua (NI)",
			"value": "NI"
		},
		{
			"name": "Niger (NE)",
			"value": "NE"
		},
		{
			"name": "Nigeria (NG)",
			"value": "NG"
		},
		{
			"name": "Niue (NU)",
			"value": "NU"
		},
		{
			"name": "Norfolk Island (NF)",
			"value": "NF"
		},
		{
			"name": "North Macedonia (MK)",
			"value": "MK"
		},
		{
			"name": "Northern Mariana Islands (MP)",
			"value": "MP"
		},
		{
			"name": "Norway (NO)",
			"value": "NO"
		},
		{
			"name": "Oman (OM)",
			"value": "OM"
		},
		{
			"name": "Pakistan (PK)",
			"value": "PK"
		},
		{
			"name": "Palau (PW)",
			"value": "PW"
		},
		{
			"name": "Palestinian Territories (PS)",
			"value": "PS"
		},
		{
			"name": "Panama (PA)",
			"value": "PA"
		},
		{
			"name": "Papua New Guinea (PG)",
			"value": "PG"
		},
		{
			"name": "Paraguay (PY)",
			"value": "PY"
		},
		{
			"name": "Peru (PE)",
			"value": "PE"
		},
		{
			"name": "Philippines (PH)",
			"value": "PH"
		},
		{
			"name": "Pitcairn Islands (PN)",
			"value": "PN"
		},
		{
			"name": "Poland (PL)",
			"value": "PL"
		},
		{
			"name": "Portugal (PT)",
			"value": "PT"
		},
		{
			"name": "Puerto Rico (PR)",
			"value": "PR"
		},
		{
			"name": "Qatar (QA)",
			"value": "QA"
		},
		{
			"name": "Réunion (RE)",
			"value": "RE"
		},
		{
			"name": "Romania (RO)",
			"value": "RO"
		},
		{
			"name": "Rwanda (RW)",
			"value": "RW"
		},
		{
			"name": "Samoa (WS)",
			"value": "WS"
		},
		{
			"name": "San Marino (SM)",
			"value": "SM"
		},
		{
			"name": "São Tomé & Príncipe (ST)",
			"value": "ST"
		},
		{
			"name": "Saudi Arabia (SA)",
			"value": "SA"
		},
		{
			"name": "Senegal (SN)",
			"value": "SN"
		},
		{
			"name": "Serbia (RS)",
			"value": "RS"
		},
		{
			"name": "Seychelles (SC)",
			"value": "SC"
		},
		{
			"name": "Sierra Leone (SL)",
			"value": "SL"
		},
		{
			"name": "Singapore (SG)",
			"value": "SG"
		},
		{
			"name": "Sint Maarten (SX)",
			"value": "SX"
		},
		{
			"name": "Slovakia (SK)",
			"value": "SK"
		},
		{
			"name": "Slovenia (SI)",
			"value": "SI"
		},
		{
			"name": "Solomon Islands (SB)",
			"value": "SB"
		},
		{
			"name": "Somalia (SO)",
			"value": "SO"
		},
		{
			"name": "South Africa (ZA)",
			"value": "ZA"
		},
		{
			"name": "South Georgia & South Sandwich Islands (GS)",
			"value": "GS"
		},
		{
			"name": "South Korea (KR)",
			"value": "KR"
		},
		{
			"name": "South Sudan (SS)",
			"value": "SS"
		},
		{
			"name": "Spain (ES)",
			"value": "ES"
		},
		{
			"name": "Sri Lanka (LK)",
			"value": "LK"
		},
		{
			"name": "St. Barthélemy (BL)",
			"value": "BL"
		},
		{
			"name": "St. Helena (SH)",
			"value": "SH"
		},
		{
			"name": "St. Kitts & Nevis (KN)",
			"value": "KN"
		},
		{
			"name": "St. Lucia (LC)",
			"value": "LC"
		},
		{
			"name": "St. Martin (MF)",
			"value": "MF"
		},
		{
			"name": "St. Pierre & Miquelon (PM)",
			"value": "PM"
		},
		{
			"name": "St. Vincent & Grenadines (VC)",
			"value": "VC"
		},
		{
			"name": "Sudan (SD)",
			"value": "SD"
		},
		{
			"name": "Suriname (SR)",
			"value": "SR"
		},
		{
			"name": "Svalbard & Jan Mayen (SJ)",
			"value": "SJ"
		},
		{
			"name": "Sweden (SE)",
			"value": "SE"
		},
		{
			"name": "Switzerland (CH)",
			"value": "CH"
		},
		{
			"name": "Taiwan (TW)",
			"value": "TW"
		},
		{
			"name": "Tajikistan (TJ)",
			"value": "TJ"
		},
		{
			"name": "Tanzania (TZ)",
			"value": "TZ"
		},
		{
			"name": "Thailand (TH)",
			"value": "TH"
		},
		{
			"name": "Timor-Leste (TL)",
			"value": "TL"
		},
		{
			"name": "Togo (TG)",
			"value": "TG"
		},
		{
			"name": "Tokelau (TK)",
			"value": "TK"
		},
		{
			"name": "Tonga (TO)",
			"value": "TO"
		},
		{
			"name": "Trinidad & Tobago (TT)",
			"value": "TT"
		},
		{
			"name": "Tunisia (TN)",
			"value": "TN"
		},
		{
			"name": "Türkiye (TR)",
			"value": "TR"
		},
		{
			"name": "Turkmenistan (TM)",
			"value": "TM"
		},
		{
			"name": "Turks & Caicos Islands (TC)",
			"value": "TC"
		},
		{
			"name": "Tuvalu (TV)",
			"value": "TV"
		},
		{
			"name": "U.S. Outlying Islands (UM)",
			"value": "UM"
		},
		{
			"name": "U.S. Virgin Islands (VI)",
			"value": "VI"
		},
		{
			"name": "Uganda (UG)",
			"value": "UG"
		},
		{
			"name": "Ukraine (UA)",
			"value": "UA"
		},
		{
			"name": "United Arab Emirates (AE)",
			"value": "AE"
		},
		{
			"name": "United Kingdom (GB)",
			"value": "GB"
		},
		{
			"name": "United States (US)",
			"value": "US"
		},
		{
			"name": "Uruguay (UY)",
			"value": "UY"
		},
		{
			"name": "Uzbekistan (UZ)",
			"value": "UZ"
		},
		{
			"name": "Vanuatu (VU)",
			"value": "VU"
		},
		{
			"name": "Vatican City (VA)",
			"value": "VA"
		},
		{
			"name": "Venezuela (VE)",
			"value": "VE"
		},
		{
			"name": "Vietnam (VN)",
			"value": "VN"
		},
		{
			"name": "Wallis & Futuna (WF)",
			"value": "WF"
		},
		{
			"name": "Western Sahara (EH)",
			"value": "EH"
		},
		{
			"name": "Yemen (YE)",
			"value": "YE"
		},
		{
			"name": "Zambia (ZM)",
			"value": "ZM"
		},
		{
			"name": "Zimbabwe (ZW)",
			"value": "ZW"
		}
	],
	"defaultPresentmentCurrencyOptions": [
		{
			"name": "Albanian Lek (ALL)",
			"value": "all"
		},
		{
			"name": "Algerian Dinar (DZD)",
			"value": "dzd"
		},
		{
			"name": "Angolan Kwanza (AOA)",
			"value": "aoa"
		},
		{
			"name": "Argentine Peso (ARS)",
			"value": "ars"
		},
		{
			"name": "Armenian Dram (AMD)",
			"value": "amd"
		},
		{
			"name": "Aruban Florin (AWG)",
			"value": "awg"
		},
		{
			"name": "Australian Dollar (AUD)",
			"value": "aud"
		},
		{
			"name": "Azerbaijani Manat (AZN)",
			"value": "azn"
		},
		{
			"name": "Bahamian Dollar (BSD)",
			"value": "bsd"
		},
		{
			"name": "Bangladeshi Taka (BDT)",
			"value": "bdt"
		},
		{
			"name": "Barbadian Dollar (BBD)",
			"value": "bbd"
		},
		{
			"name": "Belize Dollar (BZD)",
			"value": "bzd"
		},
		{
			"name": "Bermudan Dollar (BMD)",
			"value": "bmd"
		},
		{
			"name": "Bolivian Boliviano (BOB)",
			"value": "bob"
		},
		{
			"name": "Bosnia-Herzegovina Convertible Mark (BAM)",
			"value": "bam"
		},
		{
			"name": "Botswanan Pula (BWP)",
			"value": "bwp"
		},
		{
			"name": "Brazilian Real (BRL)",
			"value": "brl"
		},
		{
			"name": "British Pound (GBP)",
			"value": "gbp"
		},
		{
			"name": "Brunei Dollar (BND)",
			"value": "bnd"
		},
		{
			"name": "Burundian Franc (BIF)",
			"value": "bif"
		},
		{
			"name": "Cambodian Riel (KHR)",
			"value": "khr"
		},
		{
			"name": "Canadian Dollar (CAD)",
			"value": "cad"
		},
		{
			"name": "Cape Verdean Escudo (CVE)",
			"value": "cve"
		},
		{
			"name": "Caribbean guilder (XCG)",
			"value": "xcg"
		},
		{
			"name": "Cayman Islands Dollar (KYD)",
			"value": "kyd"
		},
		{
			"name": "Central African CFA Franc (XAF)",
			"value": "xaf"
		},
		{
			"name": "CFP Franc (XPF)",
			"value": "xpf"
		},
		{
			"name": "Chilean Peso (CLP)",
			"value": "clp"
		},
		{
			"name": "Chinese Yuan (CNY)",
			"value": "cny"
		},
		{
			"name": "Colombian Peso (COP)",
			"value": "cop"
		},
		{
			"name": "Comorian Franc (KMF)",
			"value": "kmf"
		},
		{
			"name": "Congolese Franc (CDF)",
			"value": "cdf"
		},
		{
			"name": "Costa Rican Colón (CRC)",
			"value": "crc"
		},
		{
			"name": "Czech Koruna (CZK)",
			"value": "czk"
		},
		{
			"name": "Danish Krone (DKK)",
			"value": "dkk"
		},
		{
			"name": "Djiboutian Franc (DJF)",
			"value": "djf"
		},
		{
			"name": "Dominican Peso (DOP)",
			"value": "dop"
		},
		{
			"name": "East Caribbean Dollar (XCD)",
			"value": "xcd"
		},
		{
			"name": "Egyptian Pound (EGP)",
			"value": "egp"
		},
		{
			"name": "Ethiopian Birr (ETB)",
			"value": "etb"
		},
		{
			"name": "Euro (EUR)",
			"value": "eur"
		},
		{
			"name": "Falkland Islands Pound (FKP)",
			"value": "fkp"
		},
		{
			"name": "Fijian Dollar (FJD)",
			"value": "fjd"
		},
		{
			"name": "Gambian Dalasi (GMD)",
			"value": "gmd"
		},
		{
			"name": "Georgian Lari (GEL)",
			"value": "gel"
		},
		{
			"name": "Gibraltar Pound (GIP)",
			"value": "gip"
		},
		{
			"name": "Guatemalan Quetzal (GTQ)",
			"value": "gtq"
		},
		{
			"name": "Guinean Franc (GNF)",
			"value": "gnf"
		},
		{
			"name": "Guyanaese Dollar (GYD)",
			"value": "gyd"
		},
		{
			"name": "Haitian Gourde (HTG)",
			"value": "htg"
		},
		{
			"name": "Honduran Lempira (HNL)",
			"value": "hnl"
		},
		{
			"name": "Hong Kong Dollar (HKD)",
			"value": "hkd"
		},
		{
			"name": "Hungarian Forint (HUF)",
			"value": "huf"
		},
		{
			"name": "Icelandic Króna (ISK)",
			"value": "isk"
		},
		{
			"name": "Indian Rupee (INR)",
			"value": "inr"
		},
		{
			"name": "Indonesian Rupiah (IDR)",
			"value": "idr"
		},
		{
			"name": "Israeli New Shekel (ILS)",
			"value": "ils"
		},
		{
			"name": "Jamaican Dollar (JMD)",
			"value": "jmd"
		},
		{
			"name": "Japanese Yen (JPY)",
			"value": "jpy"
		},
		{
			"name": "Kazakhstani Tenge (KZT)",
			"value": "kzt"
		},
		{
			"name": "Kenyan Shilling (KES)",
			"value": "kes"
		},
		{
			"name": "Kyrgyz Som (KGS)",
			"value": "kgs"
		},
		{
			"name": "Laotian Kip (LAK)",
			"value": "lak"
		},
		{
			"name": "Lesotho Loti (LSL)",
			"value": "lsl"
		},
		{
			"name": "Liberian Dollar (LRD)",
			"value": "lrd"
		},
		{
			"name": "Macanese Pataca (MOP)",
			"value": "mop"
		},
		{
			"name": "Macedonian Denar (MKD)",
			"value": "mkd"
		},
		{
			"name": "Malagasy Ariary (MGA)",
			"value": "mga"
		},
		{
			"name": "Malawian Kwacha (MWK)",
			"value": "mwk"
		},
		{
			"name": "Malaysian Ringgit (MYR)",
			"value": "myr"
		},
		{
			"name": "Maldivian Rufiyaa (MVR)",
			"value": "mvr"
		},
		{
			"name": "Mauritian Rupee (MUR)",
			"value": "mur"
		},
		{
			"name": "Mexican Peso (MXN)",
			"value": "mxn"
		},
		{
			"name": "Moldovan Leu (MDL)",
			"value": "mdl"
		},
		{
			"name": "Mongolian Tugrik (MNT)",
			"value": "mnt"
		},
		{
			"name": "Moroccan Dirham (MAD)",
			"value": "mad"
		},
		{
			"name": "Mozambican Metical (MZN)",
			"value": "mzn"
		},
		{
			"name": "Namibian Dollar (NAD)",
			"value": "nad"
		},
		{
			"name": "Nepalese Rupee (NPR)",
			"value": "npr"
		},
		{
			"name": "New Taiwan Dollar (TWD)",
			"value": "twd"
		},
		{
			"name": "New Zealand Dollar (NZD)",
			"value": "nzd"
		},
		{
			"name": "Nicaraguan Córdoba (NIO)",
			"value": "nio"
		},
		{
			"name": "Nigerian Naira (NGN)",
			"value": "ngn"
		},
		{
			"name": "Norwegian Krone (NOK)",
			"value": "nok"
		},
		{
			"name": "Pakistani Rupee (PKR)",
			"value": "pkr"
		},
		{
			"name": "Panamanian Balboa (PAB)",
			"value": "pab"
		},
		{
			"name": "Papua New Guinean Kina (PGK)",
			"value": "pgk"
		},
		{
			"name": "Paraguayan Guarani (PYG)",
			"value": "pyg"
		},
		{
			"name": "Peruvian Sol (PEN)",
			"value": "pen"
		},
		{
			"name": "Philippine Peso (PHP)",
			"value": "php"
		},
		{
			"name": "Polish Zloty (PLN)",
			"value": "pln"
		},
		{
			"name": "Qatari Riyal (QAR)",
			"value": "qar"
		},
		{
			"name": "Romanian Leu (RON)",
			"value": "ron"
		},
		{
			"name": "Rwandan Franc (RWF)",
			"value": "rwf"
		},
		{
			"name": "Samoan Tala (WST)",
			"value": "wst"
		},
		{
			"name": "Saudi Riyal (SAR)",
			"value": "sar"
		},
		{
			"name": "Serbian Dinar (RSD)",
			"value": "rsd"
		},
		{
			"name": "Seychellois Rupee (SCR)",
			"value": "scr"
		},
		{
			"name": "Singapore Dollar (SGD)",
			"value": "sgd"
		},
		{
			"name": "Solomon Islands Dollar (SBD)",
			"value": "sbd"
		},
		{
			"name": "Somali Shilling (SOS)",
			"value": "sos"
		},
		{
			"name": "South African Rand (ZAR)",
			"value": "zar"
		},
		{
			"name": "South Korean Won (KRW)",
			"value": "krw"
		},
		{
			"name": "Sri Lankan Rupee (LKR)",
			"value": "lkr"
		},
		{
			"name": "St. Helena Pound (SHP)",
			"value": "shp"
		},
		{
			"name": "Surinamese Dollar (SRD)",
			"value": "srd"
		},
		{
			"name": "Swazi Lilangeni (SZL)",
			"value": "szl"
		},
		{
			"name": "Swedish Krona (SEK)",
			"value": "sek"
		},
		{
			"name": "Swiss Franc (CHF)",
			"value": "chf"
		},
		{
			"name": "Tajikistani Somoni (TJS)",
			"value": "tjs"
		},
		{
			"name": "Tanzanian Shilling (TZS)",
			"value": "tzs"
		},
		{
			"name": "Thai Baht (THB)",
			"value": "thb"
		},
		{
			"name": "Tongan Paʻanga (TOP)",
			"value": "top"
		},
		{
			"name": "Trinidad & Tobago Dollar (TTD)",
			"value": "ttd"
		},
		{
			"name": "Turkish Lira (TRY)",
			"value": "try"
		},
		{
			"name": "Ugandan Shilling (UGX)",
			"value": "ugx"
		},
		{
			"name": "Ukrainian Hryvnia (UAH)",
			"value": "uah"
		},
		{
			"name": "United Arab Emirates Dirham (AED)",
			"value": "aed"
		},
		{
			"name": "Uruguayan Peso (UYU)",
			"value": "uyu"
		},
		{
			"name": "US Dollar (USD)",
			"value": "usd"
		},
		{
			"name": "Uzbekistani Som (UZS)",
			"value": "uzs"
		},
		{
			"name": "Vanuatu Vatu (VUV)",
			"value": "vuv"
		},
		{
			"name": "Vietnamese Dong (VND)",
			"value": "vnd"
		},
		{
			"name": "West African CFA Franc (XOF)",
			"value": "xof"
		},
		{
			"name": "Yemeni Rial (YER)",
			"value": "yer"
		},
		{
			"name": "Zambian Kwacha (ZMW)",
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
			"name": "Africa/Abidjan (Greenwich Mean Time)",
			"value": "Africa/Abidjan"
		},
		{
			"name": "Africa/Accra (Greenwich Mean Time)",
			"value": "Africa/Accra"
		},
		{
			"name": "Africa/Addis Ababa (East Africa Time)",
			"value": "Africa/Addis_Ababa"
		},
		{
			"name": "Africa/Algiers (Central European Standard Time)",
			"value": "Africa/Algiers"
		},
		{
			"name": "Africa/Asmara (East Africa Time)",
			"value": "Africa/Asmara"
		},
		{
			"name": "Africa/Asmera (East Africa Time)",
			"value": "Africa/Asmera"
		},
		{
			"name": "Africa/Bamako (Greenwich Mean Time)",
			"value": "Africa/Bamako"
		},
		{
			"name": "Africa/Bangui (West Africa Time)",
			"value": "Africa/Bangui"
		},
		{
			"name": "Africa/Banjul (Greenwich Mean Time)",
			"value": "Africa/Banjul"
		},
		{
			"name": "Africa/Bissau (Greenwich Mean Time)",
			"value": "Africa/Bissau"
		},
		{
			"name": "Africa/Blantyre (Central Africa Time)",
			"value": "Africa/Blantyre"
		},
		{
			"name": "Africa/Brazzaville (West Africa Time)",
			"value": "Africa/Brazzaville"
		},
		{
			"name": "Africa/Bujumbura (Central Africa Time)",
			"value": "Africa/Bujumbura"
		},
		{
			"name": "Africa/Cairo (Eastern European Time)",
			"value": "Africa/Cairo"
		},
		{
			"name": "Africa/Casablanca (Morocco Time)",
			"value": "Africa/Casablanca"
		},
		{
			"name": "Africa/Ceuta (Central European Time)",
			"value": "Africa/Ceuta"
		},
		{
			"name": "Africa/Conakry (Greenwich Mean Time)",
			"value": "Africa/Conakry"
		},
		{
			"name": "Africa/Dakar (Greenwich Mean Time)",
			"value": "Africa/Dakar"
		},
		{
			"name": "Africa/Dar es Salaam (East Africa Time)",
			"value": "Africa/Dar_es_Salaam"
		},
		{
			"name": "Africa/Djibouti (East Africa Time)",
			"value": "Africa/Djibouti"
		},
		{
			"name": "Africa/Douala (West Africa Time)",
			"value": "Africa/Douala"
		},
		{
			"name": "Africa/El Aaiun (Western Sahara Time)",
			"value": "Africa/El_Aaiun"
		},
		{
			"name": "Africa/Freetown (Greenwich Mean Time)",
			"value": "Africa/Freetown"
		},
		{
			"name": "Africa/Gaborone (Central Africa Time)",
			"value": "Africa/Gaborone"
		},
		{
			"name": "Africa/Harare (Central Africa Time)",
			"value": "Africa/Harare"
		},
		{
			"name": "Africa/Johannesburg (South Africa Standard Time)",
			"value": "Africa/Johannesburg"
		},
		{
			"name": "Africa/Juba (Central Africa Time)",
			"value": "Africa/Juba"
		},
		{
			"name": "Africa/Kampala (East Africa Time)",
			"value": "Africa/Kampala"
		},
		{
			"name": "Africa/Khartoum (Central Africa Time)",
			"value": "Africa/Khartoum"
		},
		{
			"name": "Africa/Kigali (Central Africa Time)",
			"value": "Africa/Kigali"
		},
		{
			"name": "Africa/Kinshasa (West Africa Time)",
			"value": "Africa/Kinshasa"
		},
		{
			"name": "Africa/Lagos (West Africa Time)",
			"value": "Africa/Lagos"
		},
		{
			"name": "Africa/Libreville (West Africa Time)",
			"value": "Africa/Libreville"
		},
		{
			"name": "Africa/Lome (Greenwich Mean Time)",
			"value": "Africa/Lome"
		},
		{
			"name": "Africa/Luanda (West Africa Time)",
			"value": "Africa/Luanda"
		},
		{
			"name": "Africa/Lubumbashi (Central Africa Time)",
			"value": "Africa/Lubumbashi"
		},
		{
			"name": "Africa/Lusaka (Central Africa Time)",
			"value": "Africa/Lusaka"
		},
		{
			"name": "Africa/Malabo (West Africa Time)",
			"value": "Africa/Malabo"
		},
		{
			"name": "Africa/Maputo (Central Africa Time)",
			"value": "Africa/Maputo"
		},
		{
			"name": "Africa/Maseru (South Africa Standard Time)",
			"value": "Africa/Maseru"
		},
		{
			"name": "Africa/Mbabane (South Africa Standard Time)",
			"value": "Africa/Mbabane"
		},
		{
			"name": "Africa/Mogadishu (East Africa Time)",
			"value": "Africa/Mogadishu"
		},
		{
			"name": "Africa/Monrovia (Greenwich Mean Time)",
			"value": "Africa/Monrovia"
		},
		{
			"name": "Africa/Nairobi (East Africa Time)",
			"value": "Africa/Nairobi"
		},
		{
			"name": "Africa/Ndjamena (West Africa Time)",
			"value": "Africa/Ndjamena"
		},
		{
			"name": "Africa/Niamey (West Africa Time)",
			"value": "Africa/Niamey"
		},
		{
			"name": "Africa/Nouakchott (Greenwich Mean Time)",
			"value": "Africa/Nouakchott"
		},
		{
			"name": "Africa/Ouagadougou (Greenwich Mean Time)",
			"value": "Africa/Ouagadougou"
		},
		{
			"name": "Africa/Porto-Novo (West Africa Time)",
			"value": "Africa/Porto-Novo"
		},
		{
			"name": "Africa/Sao Tome (Greenwich Mean Time)",
			"value": "Africa/Sao_Tome"
		},
		{
			"name": "Africa/Timbuktu (Greenwich Mean Time)",
			"value": "Africa/Timbuktu"
		},
		{
			"name": "Africa/Tripoli (Eastern European Standard Time)",
			"value": "Africa/Tripoli"
		},
		{
			"name": "Africa/Tunis (Central European Standard Time)",
			"value": "Africa/Tunis"
		},
		{
			"name": "Africa/Windhoek (Central Africa Time)",
			"value": "Africa/Windhoek"
		},
		{
			"name": "America/Adak (Hawaii-Aleutian Time)",
			"value": "America/Adak"
		},
		{
			"name": "America/Anchorage (Alaska Time)",
			"value": "America/Anchorage"
		},
		{
			"name": "America/Anguilla (Atlantic Standard Time)",
			"value": "America/Anguilla"
		},
		{
			"name": "America/Antigua (Atlantic Standard Time)",
			"value": "America/Antigua"
		},
		{
			"name": "America/Araguaina (Brasilia Standard Time)",
			"value": "America/Araguaina"
		},
		{
			"name": "America/Argentina/Buenos Aires (Argentina Standard Time)",
			"value": "America/Argentina/Buenos_Aires"
		},
		{
			"name": "America/Argentina/Catamarca (Argentina Standard Time)",
			"value": "America/Argentina/Catamarca"
		},
		{
			"name": "America/Argentina/ComodRivadavia (Argentina Standard Time)",
			"value": "America/Argentina/ComodRivadavia"
		},
		{
			"name": "America/Argentina/Cordoba (Argentina Standard Time)",
			"value": "America/Argentina/Cordoba"
		},
		{
			"name": "America/Argentina/Jujuy (Argentina Standard Time)",
			"value": "America/Argentina/Jujuy"
		},
		{
			"name": "America/Argentina/La Rioja (Argentina Standard Time)",
			"value": "America/Argentina/La_Rioja"
		},
		{
			"name": "America/Argentina/Mendoza (Argentina Standard Time)",
			"value": "America/Argentina/Mendoza"
		},
		{
			"name": "America/Argentina/Rio Gallegos (Argentina Standard Time)",
			"value": "America/Argentina/Rio_Gallegos"
		},
		{
			"name": "America/Argentina/Salta (Argentina Standard Time)",
			"value": "America/Argentina/Salta"
		},
		{
			"name": "America/Argentina/San Juan (Argentina Standard Time)",
			"value": "America/Argentina/San_Juan"
		},
		{
			"name": "America/Argentina/San Luis (Argentina Standard Time)",
			"value": "America/Argentina/San_Luis"
		},
		{
			"name": "America/Argentina/Tucuman (Argentina Standard Time)",
			"value": "America/Argentina/Tucuman"
		},
		{
			"name": "America/Argentina/Ushuaia (Argentina Standard Time)",
			"value": "America/Argentina/Ushuaia"
		},
		{
			"name": "America/Aruba (Atlantic Standard Time)",
			"value": "America/Aruba"
		},
		{
			"name": "America/Asuncion (Paraguay Standard Time)",
			"value": "America/Asuncion"
		},
		{
			"name": "America/Atikokan (Eastern Standard Time)",
			"value": "America/Atikokan"
		},
		{
			"name": "America/Atka (Hawaii-Aleutian Time)",
			"value": "America/Atka"
		},
		{
			"name": "America/Bahia (Brasilia Standard Time)",
			"value": "America/Bahia"
		},
		{
			"name": "America/Bahia Banderas (Central Standard Time)",
			"value": "America/Bahia_Banderas"
		},
		{
			"name": "America/Barbados (Atlantic Standard Time)",
			"value": "America/Barbados"
		},
		{
			"name": "America/Belem (Brasilia Standard Time)",
			"value": "America/Belem"
		},
		{
			"name": "America/Belize (Central Standard Time)",
			"value": "America/Belize"
		},
		{
			"name": "America/Blanc-Sablon (Atlantic Standard Time)",
			"value": "America/Blanc-Sablon"
		},
		{
			"name": "America/Boa Vista (Amazon Standard Time)",
			"value": "America/Boa_Vista"
		},
		{
			"name": "America/Bogota (Colombia Standard Time)",
			"value": "America/Bogota"
		},
		{
			"name": "America/Boise (Mountain Time)",
			"value": "America/Boise"
		},
		{
			"name": "America/Buenos Aires (Argentina Standard Time)",
			"value": "America/Buenos_Aires"
		},
		{
			"name": "America/Cambridge Bay (Mountain Time)",
			"value": "America/Cambridge_Bay"
		},
		{
			"name": "America/Campo Grande (Amazon Standard Time)",
			"value": "America/Campo_Grande"
		},
		{
			"name": "America/Cancun (Eastern Standard Time)",
			"value": "America/Cancun"
		},
		{
			"name": "America/Caracas (Venezuela Time)",
			"value": "America/Caracas"
		},
		{
			"name": "America/Catamarca (Argentina Standard Time)",
			"value": "America/Catamarca"
		},
		{
			"name": "America/Cayenne (French Guiana Time)",
			"value": "America/Cayenne"
		},
		{
			"name": "America/Cayman (Eastern Standard Time)",
			"value": "America/Cayman"
		},
		{
			"name": "America/Chicago (Central Time)",
			"value": "America/Chicago"
		},
		{
			"name": "America/Chihuahua (Central Standard Time)",
			"value": "America/Chihuahua"
		},
		{
			"name": "America/Ciudad Juarez (Mountain Time)",
			"value": "America/Ciudad_Juarez"
		},
		{
			"name": "America/Coral Harbour (Eastern Standard Time)",
			"value": "America/Coral_Harbour"
		},
		{
			"name": "America/Cordoba (Argentina Standard Time)",
			"value": "America/Cordoba"
		},
		{
			"name": "America/Costa Rica (Central Standard Time)",
			"value": "America/Costa_Rica"
		},
		{
			"name": "America/Coyhaique (Coyhaique Time)",
			"value": "America/Coyhaique"
		},
		{
			"name": "America/Creston (Mountain Standard Time)",
			"value": "America/Creston"
		},
		{
			"name": "America/Cuiaba (Amazon Standard Time)",
			"value": "America/Cuiaba"
		},
		{
			"name": "America/Curacao (Atlantic Standard Time)",
			"value": "America/Curacao"
		},
		{
			"name": "America/Danmarkshavn (Greenwich Mean Time)",
			"value": "America/Danmarkshavn"
		},
		{
			"name": "America/Dawson (Yukon Time)",
			"value": "America/Dawson"
		},
		{
			"name": "America/Dawson Creek (Mountain Standard Time)",
			"value": "America/Dawson_Creek"
		},
		{
			"name": "America/Denver (Mountain Time)",
			"value": "America/Denver"
		},
		{
			"name": "America/Detroit (Eastern Time)",
			"value": "America/Detroit"
		},
		{
			"name": "America/Dominica (Atlantic Standard Time)",
			"value": "America/Dominica"
		},
		{
			"name": "America/Edmonton (Mountain Time)",
			"value": "America/Edmonton"
		},
		{
			"name": "America/Eirunepe (Acre Standard Time)",
			"value": "America/Eirunepe"
		},
		{
			"name": "America/El Salvador (Central Standard Time)",
			"value": "America/El_Salvador"
		},
		{
			"name": "America/Ensenada (Pacific Time)",
			"value": "America/Ensenada"
		},
		{
			"name": "America/Fort Nelson (Mountain Standard Time)",
			"value": "America/Fort_Nelson"
		},
		{
			"name": "America/Fort Wayne (Eastern Time)",
			"value": "America/Fort_Wayne"
		},
		{
			"name": "America/Fortaleza (Brasilia Standard Time)",
			"value": "America/Fortaleza"
		},
		{
			"name": "America/Glace Bay (Atlantic Time)",
			"value": "America/Glace_Bay"
		},
		{
			"name": "America/Godthab (Greenland Time)",
			"value": "America/Godthab"
		},
		{
			"name": "America/Goose Bay (Atlantic Time)",
			"value": "America/Goose_Bay"
		},
		{
			"name": "America/Grand Turk (Eastern Time)",
			"value": "America/Grand_Turk"
		},
		{
			"name": "America/Grenada (Atlantic Standard Time)",
			"value": "America/Grenada"
		},
		{
			"name": "America/Guadeloupe (Atlantic Standard Time)",
			"value": "America/Guadeloupe"
		},
		{
			"name": "America/Guatemala (Central Standard Time)",
			"value": "America/Guatemala"
		},
		{
			"name": "America/Guayaquil (Ecuador Time)",
			"value": "America/Guayaquil"
		},
		{
			"name": "America/Guyana (Guyana Time)",
			"value": "America/Guyana"
		},
		{
			"name": "America/Halifax (Atlantic Time)",
			"value": "America/Halifax"
		},
		{
			"name": "America/Havana (Cuba Time)",
			"value": "America/Havana"
		},
		{
			"name": "America/Hermosillo (Mexican Pacific Standard Time)",
			"value": "America/Hermosillo"
		},
		{
			"name": "America/Indiana/Indianapolis (Eastern Time)",
			"value": "America/Indiana/Indianapolis"
		},
		{
			"name": "America/Indiana/Knox (Central Time)",
			"value": "America/Indiana/Knox"
		},
		{
			"name": "America/Indiana/Marengo (Eastern Time)",
			"value": "America/Indiana/Marengo"
		},
		{
			"name": "America/Indiana/Petersburg (Eastern Time)",
			"value": "America/Indiana/Petersburg"
		},
		{
			"name": "America/Indiana/Tell City (Central Time)",
			"value": "America/Indiana/Tell_City"
		},
		{
			"name": "America/Indiana/Vevay (Eastern Time)",
			"value": "America/Indiana/Vevay"
		},
		{
			"name": "America/Indiana/Vincennes (Eastern Time)",
			"value": "America/Indiana/Vincennes"
		},
		{
			"name": "America/Indiana/Winamac (Eastern Time)",
			"value": "America/Indiana/Winamac"
		},
		{
			"name": "America/Indianapolis (Eastern Time)",
			"value": "America/Indianapolis"
		},
		{
			"name": "America/Inuvik (Mountain Time)",
			"value": "America/Inuvik"
		},
		{
			"name": "America/Iqaluit (Eastern Time)",
			"value": "America/Iqaluit"
		},
		{
			"name": "America/Jamaica (Eastern Standard Time)",
			"value": "America/Jamaica"
		},
		{
			"name": "America/Jujuy (Argentina Standard Time)",
			"value": "America/Jujuy"
		},
		{
			"name": "America/Juneau (Alaska Time)",
			"value": "America/Juneau"
		},
		{
			"name": "America/Kentucky/Louisville (Eastern Time)",
			"value": "America/Kentucky/Louisville"
		},
		{
			"name": "America/Kentucky/Monticello (Eastern Time)",
			"value": "America/Kentucky/Monticello"
		},
		{
			"name": "America/Knox IN (Central Time)",
			"value": "America/Knox_IN"
		},
		{
			"name": "America/Kralendijk (Atlantic Standard Time)",
			"value": "America/Kralendijk"
		},
		{
			"name": "America/La Paz (Bolivia Time)",
			"value": "America/La_Paz"
		},
		{
			"name": "America/Lima (Peru Standard Time)",
			"value": "America/Lima"
		},
		{
			"name": "America/Los Angeles (Pacific Time)",
			"value": "America/Los_Angeles"
		},
		{
			"name": "America/Louisville (Eastern Time)",
			"value": "America/Louisville"
		},
		{
			"name": "America/Lower Princes (Atlantic Standard Time)",
			"value": "America/Lower_Princes"
		},
		{
			"name": "America/Maceio (Brasilia Standard Time)",
			"value": "America/Maceio"
		},
		{
			"name": "America/Managua (Central Standard Time)",
			"value": "America/Managua"
		},
		{
			"name": "America/Manaus (Amazon Standard Time)",
			"value": "America/Manaus"
		},
		{
			"name": "America/Marigot (Atlantic Standard Time)",
			"value": "America/Marigot"
		},
		{
			"name": "America/Martinique (Atlantic Standard Time)",
			"value": "America/Martinique"
		},
		{
			"name": "America/Matamoros (Central Time)",
			"value": "America/Matamoros"
		},
		{
			"name": "America/Mazatlan (Mexican Pacific Standard Time)",
			"value": "America/Mazatlan"
		},
		{
			"name": "America/Mendoza (Argentina Standard Time)",
			"value": "America/Mendoza"
		},
		{
			"name": "America/Menominee (Central Time)",
			"value": "America/Menominee"
		},
		{
			"name": "America/Merida (Central Standard Time)",
			"value": "America/Merida"
		},
		{
			"name": "America/Metlakatla (Alaska Time)",
			"value": "America/Metlakatla"
		},
		{
			"name": "America/Mexico City (Central Standard Time)",
			"value": "America/Mexico_City"
		},
		{
			"name": "America/Miquelon (St. Pierre & Miquelon Time)",
			"value": "America/Miquelon"
		},
		{
			"name": "America/Moncton (Atlantic Time)",
			"value": "America/Moncton"
		},
		{
			"name": "America/Monterrey (Central Standard Time)",
			"value": "America/Monterrey"
		},
		{
			"name": "America/Montevideo (Uruguay Standard Time)",
			"value": "America/Montevideo"
		},
		{
			"name": "America/Montreal (Eastern Time)",
			"value": "America/Montreal"
		},
		{
			"name": "America/Montserrat (Atlantic Standard Time)",
			"value": "America/Montserrat"
		},
		{
			"name": "America/Nassau (Eastern Time)",
			"value": "America/Nassau"
		},
		{
			"name": "America/New York (Eastern Time)",
			"value": "America/New_York"
		},
		{
			"name": "America/Nipigon (Eastern Time)",
			"value": "America/Nipigon"
		},
		{
			"name": "America/Nome (Alaska Time)",
			"value": "America/Nome"
		},
		{
			"name": "America/Noronha (Fernando de Noronha Standard Time)",
			"value": "America/Noronha"
		},
		{
			"name": "America/North Dakota/Beulah (Central Time)",
			"value": "America/North_Dakota/Beulah"
		},
		{
			"name": "America/North Dakota/Center (Central Time)",
			"value": "America/North_Dakota/Center"
		},
		{
			"name": "America/North Dakota/New Salem (Central Time)",
			"value": "America/North_Dakota/New_Salem"
		},
		{
			"name": "America/Nuuk (Greenland Time)",
			"value": "America/Nuuk"
		},
		{
			"name": "America/Ojinaga (Central Time)",
			"value": "America/Ojinaga"
		},
		{
			"name": "America/Panama (Eastern Standard Time)",
			"value": "America/Panama"
		},
		{
			"name": "America/Pangnirtung (Eastern Time)",
			"value": "America/Pangnirtung"
		},
		{
			"name": "America/Paramaribo (Suriname Time)",
			"value": "America/Paramaribo"
		},
		{
			"name": "America/Phoenix (Mountain Standard Time)",
			"value": "America/Phoenix"
		},
		{
			"name": "America/Port of Spain (Atlantic Standard Time)",
			"value": "America/Port_of_Spain"
		},
		{
			"name": "America/Port-au-Prince (Eastern Time)",
			"value": "America/Port-au-Prince"
		},
		{
			"name": "America/Porto Acre (Acre Standard Time)",
			"value": "America/Porto_Acre"
		},
		{
			"name": "America/Porto Velho (Amazon Standard Time)",
			"value": "America/Porto_Velho"
		},
		{
			"name": "America/Puerto Rico (Atlantic Standard Time)",
			"value": "America/Puerto_Rico"
		},
		{
			"name": "America/Punta Arenas (Punta Arenas Time)",
			"value": "America/Punta_Arenas"
		},
		{
			"name": "America/Rainy River (Central Time)",
			"value": "America/Rainy_River"
		},
		{
			"name": "America/Rankin Inlet (Central Time)",
			"value": "America/Rankin_Inlet"
		},
		{
			"name": "America/Recife (Brasilia Standard Time)",
			"value": "America/Recife"
		},
		{
			"name": "America/Regina (Central Standard Time)",
			"value": "America/Regina"
		},
		{
			"name": "America/Resolute (Central Time)",
			"value": "America/Resolute"
		},
		{
			"name": "America/Rio Branco (Acre Standard Time)",
			"value": "America/Rio_Branco"
		},
		{
			"name": "America/Rosario (Argentina Standard Time)",
			"value": "America/Rosario"
		},
		{
			"name": "America/Santa Isabel (Pacific Time)",
			"value": "America/Santa_Isabel"
		},
		{
			"name": "America/Santarem (Brasilia Standard Time)",
			"value": "America/Santarem"
		},
		{
			"name": "America/Santiago (Chile Time)",
			"value": "America/Santiago"
		},
		{
			"name": "America/Santo Domingo (Atlantic Standard Time)",
			"value": "America/Santo_Domingo"
		},
		{
			"name": "America/Sao Paulo (Brasilia Standard Time)",
			"value": "America/Sao_Paulo"
		},
		{
			"name": "America/Scoresbysund (Greenland Time)",
			"value": "America/Scoresbysund"
		},
		{
			"name": "America/Shiprock (Mountain Time)",
			"value": "America/Shiprock"
		},
		{
			"name": "America/Sitka (Alaska Time)",
			"value": "America/Sitka"
		},
		{
			"name": "America/St Barthelemy (Atlantic Standard Time)",
			"value": "America/St_Barthelemy"
		},
		{
			"name": "America/St Johns (Newfoundland Time)",
			"value": "America/St_Johns"
		},
		{
			"name": "America/St Kitts (Atlantic Standard Time)",
			"value": "America/St_Kitts"
		},
		{
			"name": "America/St Lucia (Atlantic Standard Time)",
			"value": "America/St_Lucia"
		},
		{
			"name": "America/St Thomas (Atlantic Standard Time)",
			"value": "America/St_Thomas"
		},
		{
			"name": "America/St Vincent (Atlantic Standard Time)",
			"value": "America/St_Vincent"
		},
		{
			"name": "America/Swift Current (Central Standard Time)",
			"value": "America/Swift_Current"
		},
		{
			"name": "America/Tegucigalpa (Central Standard Time)",
			"value": "America/Tegucigalpa"
		},
		{
			"name": "America/Thule (Atlantic Time)",
			"value": "America/Thule"
		},
		{
			"name": "America/Thunder Bay (Eastern Time)",
			"value": "America/Thunder_Bay"
		},
		{
			"name": "America/Tijuana (Pacific Time)",
			"value": "America/Tijuana"
		},
		{
			"name": "America/Toronto (Eastern Time)",
			"value": "America/Toronto"
		},
		{
			"name": "America/Tortola (Atlantic Standard Time)",
			"value": "America/Tortola"
		},
		{
			"name": "America/Vancouver (Pacific Time)",
			"value": "America/Vancouver"
		},
		{
			"name": "America/Virgin (Atlantic Standard Time)",
			"value": "America/Virgin"
		},
		{
			"name": "America/Whitehorse (Yukon Time)",
			"value": "America/Whitehorse"
		},
		{
			"name": "America/Winnipeg (Central Time)",
			"value": "America/Winnipeg"
		},
		{
			"name": "America/Yakutat (Alaska Time)",
			"value": "America/Yakutat"
		},
		{
			"name": "America/Yellowknife (Mountain Time)",
			"value": "America/Yellowknife"
		},
		{
			"name": "Antarctica/Casey (Australian Western Standard Time)",
			"value": "Antarctica/Casey"
		},
		{
			"name": "Antarctica/Davis (Davis Time)",
			"value": "Antarctica/Davis"
		},
		{
			"name": "Antarctica/DumontDUrville (Dumont d’Urville Time)",
			"value": "Antarctica/DumontDUrville"
		},
		{
			"name": "Antarctica/Macquarie (Australian Eastern Time)",
			"value": "Antarctica/Macquarie"
		},
		{
			"name": "Antarctica/Mawson (Mawson Time)",
			"value": "Antarctica/Mawson"
		},
		{
			"name": "Antarctica/McMurdo (New Zealand Time)",
			"value": "Antarctica/McMurdo"
		},
		{
			"name": "Antarctica/Palmer (Palmer Land Time)",
			"value": "Antarctica/Palmer"
		},
		{
			"name": "Antarctica/Rothera (Rothera Time)",
			"value": "Antarctica/Rothera"
		},
		{
			"name": "Antarctica/South Pole (New Zealand Time)",
			"value": "Antarctica/South_Pole"
		},
		{
			"name": "Antarctica/Syowa (Syowa Time)",
			"value": "Antarctica/Syowa"
		},
		{
			"name": "Antarctica/Troll (Troll Station Time)",
			"value": "Antarctica/Troll"
		},
		{
			"name": "Antarctica/Vostok (Vostok Time)",
			"value": "Antarctica/Vostok"
		},
		{
			"name": "Arctic/Longyearbyen (Central European Time)",
			"value": "Arctic/Longyearbyen"
		},
		{
			"name": "Asia/Aden (Arabian Standard Time)",
			"value": "Asia/Aden"
		},
		{
			"name": "Asia/Almaty (Kazakhstan Time)",
			"value": "Asia/Almaty"
		},
		{
			"name": "Asia/Amman (Jordan Time)",
			"value": "Asia/Amman"
		},
		{
			"name": "Asia/Anadyr (Kamchatka Standard Time)",
			"value": "Asia/Anadyr"
		},
		{
			"name": "Asia/Aqtau (Kazakhstan Time)",
			"value": "Asia/Aqtau"
		},
		{
			"name": "Asia/Aqtobe (Kazakhstan Time)",
			"value": "Asia/Aqtobe"
		},
		{
			"name": "Asia/Ashgabat (Turkmenistan Standard Time)",
			"value": "Asia/Ashgabat"
		},
		{
			"name": "Asia/Ashkhabad (Turkmenistan Standard Time)",
			"value": "Asia/Ashkhabad"
		},
		{
			"name": "Asia/Atyrau (Kazakhstan Time)",
			"value": "Asia/Atyrau"
		},
		{
			"name": "Asia/Baghdad (Arabian Standard Time)",
			"value": "Asia/Baghdad"
		},
		{
			"name": "Asia/Bahrain (Arabian Standard Time)",
			"value": "Asia/Bahrain"
		},
		{
			"name": "Asia/Baku (Azerbaijan Standard Time)",
			"value": "Asia/Baku"
		},
		{
			"name": "Asia/Bangkok (Indochina Time)",
			"value": "Asia/Bangkok"
		},
		{
			"name": "Asia/Barnaul (Krasnoyarsk Standard Time)",
			"value": "Asia/Barnaul"
		},
		{
			"name": "Asia/Beirut (Eastern European Time)",
			"value": "Asia/Beirut"
		},
		{
			"name": "Asia/Bishkek (Kyrgyzstan Time)",
			"value": "Asia/Bishkek"
		},
		{
			"name": "Asia/Brunei (Brunei Time)",
			"value": "Asia/Brunei"
		},
		{
			"name": "Asia/Calcutta (India Standard Time)",
			"value": "Asia/Calcutta"
		},
		{
			"name": "Asia/Chita (Yakutsk Standard Time)",
			"value": "Asia/Chita"
		},
		{
			"name": "Asia/Choibalsan (Ulaanbaatar Standard Time)",
			"value": "Asia/Choibalsan"
		},
		{
			"name": "Asia/Chongqing (China Standard Time)",
			"value": "Asia/Chongqing"
		},
		{
			"name": "Asia/Chungking (China Standard Time)",
			"value": "Asia/Chungking"
		},
		{
			"name": "Asia/Colombo (India Standard Time)",
			"value": "Asia/Colombo"
		},
		{
			"name": "Asia/Dacca (Bangladesh Standard Time)",
			"value": "Asia/Dacca"
		},
		{
			"name": "Asia/Damascus (Syria Time)",
			"value": "Asia/Damascus"
		},
		{
			"name": "Asia/Dhaka (Bangladesh Standard Time)",
			"value": "Asia/Dhaka"
		},
		{
			"name": "Asia/Dili (Timor-Leste Time)",
			"value": "Asia/Dili"
		},
		{
			"name": "Asia/Dubai (Gulf Standard Time)",
			"value": "Asia/Dubai"
		},
		{
			"name": "Asia/Dushanbe (Tajikistan Time)",
			"value": "Asia/Dushanbe"
		},
		{
			"name": "Asia/Famagusta (Eastern European Time)",
			"value": "Asia/Famagusta"
		},
		{
			"name": "Asia/Gaza (Eastern European Time)",
			"value": "Asia/Gaza"
		},
		{
			"name": "Asia/Harbin (China Standard Time)",
			"value": "Asia/Harbin"
		},
		{
			"name": "Asia/Hebron (Eastern European Time)",
			"value": "Asia/Hebron"
		},
		{
			"name": "Asia/Ho Chi Minh (Indochina Time)",
			"value": "Asia/Ho_Chi_Minh"
		},
		{
			"name": "Asia/Hong Kong (Hong Kong Standard Time)",
			"value": "Asia/Hong_Kong"
		},
		{
			"name": "Asia/Hovd (Khovd Standard Time)",
			"value": "Asia/Hovd"
		},
		{
			"name": "Asia/Irkutsk (Irkutsk Standard Time)",
			"value": "Asia/Irkutsk"
		},
		{
			"name": "Asia/Istanbul (Türkiye Standard Time)",
			"value": "Asia/Istanbul"
		},
		{
			"name": "Asia/Jakarta (Western Indonesia Time)",
			"value": "Asia/Jakarta"
		},
		{
			"name": "Asia/Jayapura (Eastern Indonesia Time)",
			"value": "Asia/Jayapura"
		},
		{
			"name": "Asia/Jerusalem (Israel Time)",
			"value": "Asia/Jerusalem"
		},
		{
			"name": "Asia/Kabul (Afghanistan Time)",
			"value": "Asia/Kabul"
		},
		{
			"name": "Asia/Kamchatka (Kamchatka Standard Time)",
			"value": "Asia/Kamchatka"
		},
		{
			"name": "Asia/Karachi (Pakistan Standard Time)",
			"value": "Asia/Karachi"
		},
		{
			"name": "Asia/Kashgar (Ürümqi Time)",
			"value": "Asia/Kashgar"
		},
		{
			"name": "Asia/Kathmandu (Nepal Time)",
			"value": "Asia/Kathmandu"
		},
		{
			"name": "Asia/Katmandu (Nepal Time)",
			"value": "Asia/Katmandu"
		},
		{
			"name": "Asia/Khandyga (Yakutsk Standard Time)",
			"value": "Asia/Khandyga"
		},
		{
			"name": "Asia/Kolkata (India Standard Time)",
			"value": "Asia/Kolkata"
		},
		{
			"name": "Asia/Krasnoyarsk (Krasnoyarsk Standard Time)",
			"value": "Asia/Krasnoyarsk"
		},
		{
			"name": "Asia/Kuala Lumpur (Malaysia Time)",
			"value": "Asia/Kuala_Lumpur"
		},
		{
			"name": "Asia/Kuching (Malaysia Time)",
			"value": "Asia/Kuching"
		},
		{
			"name": "Asia/Kuwait (Arabian Standard Time)",
			"value": "Asia/Kuwait"
		},
		{
			"name": "Asia/Macao (China Standard Time)",
			"value": "Asia/Macao"
		},
		{
			"name": "Asia/Macau (China Standard Time)",
			"value": "Asia/Macau"
		},
		{
			"name": "Asia/Magadan (Magadan Standard Time)",
			"value": "Asia/Magadan"
		},
		{
			"name": "Asia/Makassar (Central Indonesia Time)",
			"value": "Asia/Makassar"
		},
		{
			"name": "Asia/Manila (Philippine Standard Time)",
			"value": "Asia/Manila"
		},
		{
			"name": "Asia/Muscat (Gulf Standard Time)",
			"value": "Asia/Muscat"
		},
		{
			"name": "Asia/Nicosia (Eastern European Time)",
			"value": "Asia/Nicosia"
		},
		{
			"name": "Asia/Novokuznetsk (Krasnoyarsk Standard Time)",
			"value": "Asia/Novokuznetsk"
		},
		{
			"name": "Asia/Novosibirsk (Krasnoyarsk Standard Time)",
			"value": "Asia/Novosibirsk"
		},
		{
			"name": "Asia/Omsk (Omsk Standard Time)",
			"value": "Asia/Omsk"
		},
		{
			"name": "Asia/Oral (Kazakhstan Time)",
			"value": "Asia/Oral"
		},
		{
			"name": "Asia/Phnom Penh (Indochina Time)",
			"value": "Asia/Phnom_Penh"
		},
		{
			"name": "Asia/Pontianak (Western Indonesia Time)",
			"value": "Asia/Pontianak"
		},
		{
			"name": "Asia/Pyongyang (Korean Standard Time)",
			"value": "Asia/Pyongyang"
		},
		{
			"name": "Asia/Qatar (Arabian Standard Time)",
			"value": "Asia/Qatar"
		},
		{
			"name": "Asia/Qostanay (Kazakhstan Time)",
			"value": "Asia/Qostanay"
		},
		{
			"name": "Asia/Qyzylorda (Kazakhstan Time)",
			"value": "Asia/Qyzylorda"
		},
		{
			"name": "Asia/Rangoon (Myanmar Time)",
			"value": "Asia/Rangoon"
		},
		{
			"name": "Asia/Riyadh (Arabian Standard Time)",
			"value": "Asia/Riyadh"
		},
		{
			"name": "Asia/Saigon (Indochina Time)",
			"value": "Asia/Saigon"
		},
		{
			"name": "Asia/Sakhalin (Magadan Standard Time)",
			"value": "Asia/Sakhalin"
		},
		{
			"name": "Asia/Samarkand (Uzbekistan Standard Time)",
			"value": "Asia/Samarkand"
		},
		{
			"name": "Asia/Seoul (Korean Standard Time)",
			"value": "Asia/Seoul"
		},
		{
			"name": "Asia/Shanghai (China Standard Time)",
			"value": "Asia/Shanghai"
		},
		{
			"name": "Asia/Singapore (Singapore Standard Time)",
			"value": "Asia/Singapore"
		},
		{
			"name": "Asia/Srednekolymsk (Magadan Standard Time)",
			"value": "Asia/Srednekolymsk"
		},
		{
			"name": "Asia/Taipei (Taiwan Standard Time)",
			"value": "Asia/Taipei"
		},
		{
			"name": "Asia/Tashkent (Uzbekistan Standard Time)",
			"value": "Asia/Tashkent"
		},
		{
			"name": "Asia/Tbilisi (Georgia Standard Time)",
			"value": "Asia/Tbilisi"
		},
		{
			"name": "Asia/Tehran (Iran Standard Time)",
			"value": "Asia/Tehran"
		},
		{
			"name": "Asia/Tel Aviv (Israel Time)",
			"value": "Asia/Tel_Aviv"
		},
		{
			"name": "Asia/Thimbu (Bhutan Time)",
			"value": "Asia/Thimbu"
		},
		{
			"name": "Asia/Thimphu (Bhutan Time)",
			"value": "Asia/Thimphu"
		},
		{
			"name": "Asia/Tokyo (Japan Standard Time)",
			"value": "Asia/Tokyo"
		},
		{
			"name": "Asia/Tomsk (Krasnoyarsk Standard Time)",
			"value": "Asia/Tomsk"
		},
		{
			"name": "Asia/Ujung Pandang (Central Indonesia Time)",
			"value": "Asia/Ujung_Pandang"
		},
		{
			"name": "Asia/Ulaanbaatar (Ulaanbaatar Standard Time)",
			"value": "Asia/Ulaanbaatar"
		},
		{
			"name": "Asia/Ulan Bator (Ulaanbaatar Standard Time)",
			"value": "Asia/Ulan_Bator"
		},
		{
			"name": "Asia/Urumqi (Ürümqi Time)",
			"value": "Asia/Urumqi"
		},
		{
			"name": "Asia/Ust-Nera (Vladivostok Standard Time)",
			"value": "Asia/Ust-Nera"
		},
		{
			"name": "Asia/Vientiane (Indochina Time)",
			"value": "Asia/Vientiane"
		},
		{
			"name": "Asia/Vladivostok (Vladivostok Standard Time)",
			"value": "Asia/Vladivostok"
		},
		{
			"name": "Asia/Yakutsk (Yakutsk Standard Time)",
			"value": "Asia/Yakutsk"
		},
		{
			"name": "Asia/Yangon (Myanmar Time)",
			"value": "Asia/Yangon"
		},
		{
			"name": "Asia/Yekaterinburg (Yekaterinburg Standard Time)",
			"value": "Asia/Yekaterinburg"
		},
		{
			"name": "Asia/Yerevan (Armenia Standard Time)",
			"value": "Asia/Yerevan"
		},
		{
			"name": "Atlantic/Azores (Azores Time)",
			"value": "Atlantic/Azores"
		},
		{
			"name": "Atlantic/Bermuda (Atlantic Time)",
			"value": "Atlantic/Bermuda"
		},
		{
			"name": "Atlantic/Canary (Western European Time)",
			"value": "Atlantic/Canary"
		},
		{
			"name": "Atlantic/Cape Verde (Cape Verde Standard Time)",
			"value": "Atlantic/Cape_Verde"
		},
		{
			"name": "Atlantic/Faeroe (Western European Time)",
			"value": "Atlantic/Faeroe"
		},
		{
			"name": "Atlantic/Faroe (Western European Time)",
			"value": "Atlantic/Faroe"
		},
		{
			"name": "Atlantic/Jan Mayen (Central European Time)",
			"value": "Atlantic/Jan_Mayen"
		},
		{
			"name": "Atlantic/Madeira (Western European Time)",
			"value": "Atlantic/Madeira"
		},
		{
			"name": "Atlantic/Reykjavik (Greenwich Mean Time)",
			"value": "Atlantic/Reykjavik"
		},
		{
			"name": "Atlantic/South Georgia (South Georgia Time)",
			"value": "Atlantic/South_Georgia"
		},
		{
			"name": "Atlantic/St Helena (Greenwich Mean Time)",
			"value": "Atlantic/St_Helena"
		},
		{
			"name": "Atlantic/Stanley (Falkland Islands Standard Time)",
			"value": "Atlantic/Stanley"
		},
		{
			"name": "Australia/ACT (Australian Eastern Time)",
			"value": "Australia/ACT"
		},
		{
			"name": "Australia/Adelaide (Australian Central Time)",
			"value": "Australia/Adelaide"
		},
		{
			"name": "Australia/Brisbane (Australian Eastern Standard Time)",
			"value": "Australia/Brisbane"
		},
		{
			"name": "Australia/Broken Hill (Australian Central Time)",
			"value": "Australia/Broken_Hill"
		},
		{
			"name": "Australia/Canberra (Australian Eastern Time)",
			"value": "Australia/Canberra"
		},
		{
			"name": "Australia/Currie (Australian Eastern Time)",
			"value": "Australia/Currie"
		},
		{
			"name": "Australia/Darwin (Australian Central Standard Time)",
			"value": "Australia/Darwin"
		},
		{
			"name": "Australia/Eucla (Australian Central Western Standard Time)",
			"value": "Australia/Eucla"
		},
		{
			"name": "Australia/Hobart (Australian Eastern Time)",
			"value": "Australia/Hobart"
		},
		{
			"name": "Australia/LHI (Lord Howe Time)",
			"value": "Australia/LHI"
		},
		{
			"name": "Australia/Lindeman (Australian Eastern Standard Time)",
			"value": "Australia/Lindeman"
		},
		{
			"name": "Australia/Lord Howe (Lord Howe Time)",
			"value": "Australia/Lord_Howe"
		},
		{
			"name": "Australia/Melbourne (Australian Eastern Time)",
			"value": "Australia/Melbourne"
		},
		{
			"name": "Australia/North (Australian Central Standard Time)",
			"value": "Australia/North"
		},
		{
			"name": "Australia/NSW (Australian Eastern Time)",
			"value": "Australia/NSW"
		},
		{
			"name": "Australia/Perth (Australian Western Standard Time)",
			"value": "Australia/Perth"
		},
		{
			"name": "Australia/Queensland (Australian Eastern Standard Time)",
			"value": "Australia/Queensland"
		},
		{
			"name": "Australia/South (Australian Central Time)",
			"value": "Australia/South"
		},
		{
			"name": "Australia/Sydney (Australian Eastern Time)",
			"value": "Australia/Sydney"
		},
		{
			"name": "Australia/Tasmania (Australian Eastern Time)",
			"value": "Australia/Tasmania"
		},
		{
			"name": "Australia/Victoria (Australian Eastern Time)",
			"value": "Australia/Victoria"
		},
		{
			"name": "Australia/West (Australian Western Standard Time)",
			"value": "Australia/West"
		},
		{
			"name": "Australia/Yancowinna (Australian Central Time)",
			"value": "Australia/Yancowinna"
		},
		{
			"name": "Brazil/Acre (Acre Standard Time)",
			"value": "Brazil/Acre"
		},
		{
			"name": "Brazil/DeNoronha (Fernando de Noronha Standard Time)",
			"value": "Brazil/DeNoronha"
		},
		{
			"name": "Brazil/East (Brasilia Standard Time)",
			"value": "Brazil/East"
		},
		{
			"name": "Brazil/West (Amazon Standard Time)",
			"value": "Brazil/West"
		},
		{
			"name": "Canada/Atlantic (Atlantic Time)",
			"value": "Canada/Atlantic"
		},
		{
			"name": "Canada/Central (Central Time)",
			"value": "Canada/Central"
		},
		{
			"name": "Canada/Eastern (Eastern Time)",
			"value": "Canada/Eastern"
		},
		{
			"name": "Canada/Mountain (Mountain Time)",
			"value": "Canada/Mountain"
		},
		{
			"name": "Canada/Newfoundland (Newfoundland Time)",
			"value": "Canada/Newfoundland"
		},
		{
			"name": "Canada/Pacific (Pacific Time)",
			"value": "Canada/Pacific"
		},
		{
			"name": "Canada/Saskatchewan (Central Standard Time)",
			"value": "Canada/Saskatchewan"
		},
		{
			"name": "Canada/Yukon (Yukon Time)",
			"value": "Canada/Yukon"
		},
		{
			"name": "CET (Central European Time)",
			"value": "CET"
		},
		{
			"name": "Chile/Continental (Chile Time)",
			"value": "Chile/Continental"
		},
		{
			"name": "Chile/EasterIsland (Easter Island Time)",
			"value": "Chile/EasterIsland"
		},
		{
			"name": "CST6CDT (Central Time)",
			"value": "CST6CDT"
		},
		{
			"name": "Cuba (Cuba Time)",
			"value": "Cuba"
		},
		{
			"name": "EET (Eastern European Time)",
			"value": "EET"
		},
		{
			"name": "Egypt (Eastern European Time)",
			"value": "Egypt"
		},
		{
			"name": "Eire (Ireland Time)",
			"value": "Eire"
		},
		{
			"name": "EST (Eastern Standard Time)",
			"value": "EST"
		},
		{
			"name": "EST5EDT (Eastern Time)",
			"value": "EST5EDT"
		},
		{
			"name": "Etc/GMT (GMT+00:00)",
			"value": "Etc/GMT"
		},
		{
			"name": "Etc/GMT-0 (Greenwich Mean Time)",
			"value": "Etc/GMT-0"
		},
		{
			"name": "Etc/GMT-1 (GMT+01:00)",
			"value": "Etc/GMT-1"
		},
		{
			"name": "Etc/GMT-10 (GMT+10:00)",
			"value": "Etc/GMT-10"
		},
		{
			"name": "Etc/GMT-11 (GMT+11:00)",
			"value": "Etc/GMT-11"
		},
		{
			"name": "Etc/GMT-12 (GMT+12:00)",
			"value": "Etc/GMT-12"
		},
		{
			"name": "Etc/GMT-13 (GMT+13:00)",
			"value": "Etc/GMT-13"
		},
		{
			"name": "Etc/GMT-14 (GMT+14:00)",
			"value": "Etc/GMT-14"
		},
		{
			"name": "Etc/GMT-2 (GMT+02:00)",
			"value": "Etc/GMT-2"
		},
		{
			"name": "Etc/GMT-3 (GMT+03:00)",
			"value": "Etc/GMT-3"
		},
		{
			"name": "Etc/GMT-4 (GMT+04:00)",
			"value": "Etc/GMT-4"
		},
		{
			"name": "Etc/GMT-5 (GMT+05:00)",
			"value": "Etc/GMT-5"
		},
		{
			"name": "Etc/GMT-6 (GMT+06:00)",
			"value": "Etc/GMT-6"
		},
		{
			"name": "Etc/GMT-7 (GMT+07:00)",
			"value": "Etc/GMT-7"
		},
		{
			"name": "Etc/GMT-8 (GMT+08:00)",
			"value": "Etc/GMT-8"
		},
		{
			"name": "Etc/GMT-9 (GMT+09:00)",
			"value": "Etc/GMT-9"
		},
		{
			"name": "Etc/GMT+0 (Greenwich Mean Time)",
			"value": "Etc/GMT+0"
		},
		{
			"name": "Etc/GMT+1 (GMT-01:00)",
			"value": "Etc/GMT+1"
		},
		{
			"name": "Etc/GMT+10 (GMT-10:00)",
			"value": "Etc/GMT+10"
		},
		{
			"name": "Etc/GMT+11 (GMT-11:00)",
			"value": "Etc/GMT+11"
		},
		{
			"name": "Etc/GMT+12 (GMT-12:00)",
			"value": "Etc/GMT+12"
		},
		{
			"name": "Etc/GMT+2 (GMT-02:00)",
			"value": "Etc/GMT+2"
		},
		{
			"name": "Etc/GMT+3 (GMT-03:00)",
			"value": "Etc/GMT+3"
		},
		{
			"name": "Etc/GMT+4 (GMT-04:00)",
			"value": "Etc/GMT+4"
		},
		{
			"name": "Etc/GMT+5 (GMT-05:00)",
			"value": "Etc/GMT+5"
		},
		{
			"name": "Etc/GMT+6 (GMT-06:00)",
			"value": "Etc/GMT+6"
		},
		{
			"name": "Etc/GMT+7 (GMT-07:00)",
			"value": "Etc/GMT+7"
		},
		{
			"name": "Etc/GMT+8 (GMT-08:00)",
			"value": "Etc/GMT+8"
		},
		{
			"name": "Etc/GMT+9 (GMT-09:00)",
			"value": "Etc/GMT+9"
		},
		{
			"name": "Etc/GMT0 (Greenwich Mean Time)",
			"value": "Etc/GMT0"
		},
		{
			"name": "Etc/Greenwich (Greenwich Mean Time)",
			"value": "Etc/Greenwich"
		},
		{
			"name": "Etc/UCT (GMT+00:00)",
			"value": "Etc/UCT"
		},
		{
			"name": "Etc/Universal (GMT+00:00)",
			"value": "Etc/Universal"
		},
		{
			"name": "Etc/UTC (GMT+00:00)",
			"value": "Etc/UTC"
		},
		{
			"name": "Etc/Zulu (GMT+00:00)",
			"value": "Etc/Zulu"
		},
		{
			"name": "Europe/Amsterdam (Central European Time)",
			"value": "Europe/Amsterdam"
		},
		{
			"name": "Europe/Andorra (Central European Time)",
			"value": "Europe/Andorra"
		},
		{
			"name": "Europe/Astrakhan (Samara Standard Time)",
			"value": "Europe/Astrakhan"
		},
		{
			"name": "Europe/Athens (Eastern European Time)",
			"value": "Europe/Athens"
		},
		{
			"name": "Europe/Belfast (United Kingdom Time)",
			"value": "Europe/Belfast"
		},
		{
			"name": "Europe/Belgrade (Central European Time)",
			"value": "Europe/Belgrade"
		},
		{
			"name": "Europe/Berlin (Central European Time)",
			"value": "Europe/Berlin"
		},
		{
			"name": "Europe/Bratislava (Central European Time)",
			"value": "Europe/Bratislava"
		},
		{
			"name": "Europe/Brussels (Central European Time)",
			"value": "Europe/Brussels"
		},
		{
			"name": "Europe/Bucharest (Eastern European Time)",
			"value": "Europe/Bucharest"
		},
		{
			"name": "Europe/Budapest (Central European Time)",
			"value": "Europe/Budapest"
		},
		{
			"name": "Europe/Busingen (Central European Time)",
			"value": "Europe/Busingen"
		},
		{
			"name": "Europe/Chisinau (Eastern European Time)",
			"value": "Europe/Chisinau"
		},
		{
			"name": "Europe/Copenhagen (Central European Time)",
			"value": "Europe/Copenhagen"
		},
		{
			"name": "Europe/Dublin (Ireland Time)",
			"value": "Europe/Dublin"
		},
		{
			"name": "Europe/Gibraltar (Central European Time)",
			"value": "Europe/Gibraltar"
		},
		{
			"name": "Europe/Guernsey (Guernsey Time)",
			"value": "Europe/Guernsey"
		},
		{
			"name": "Europe/Helsinki (Eastern European Time)",
			"value": "Europe/Helsinki"
		},
		{
			"name": "Europe/Isle of Man (Isle of Man Time)",
			"value": "Europe/Isle_of_Man"
		},
		{
			"name": "Europe/Istanbul (Türkiye Standard Time)",
			"value": "Europe/Istanbul"
		},
		{
			"name": "Europe/Jersey (Jersey Time)",
			"value": "Europe/Jersey"
		},
		{
			"name": "Europe/Kaliningrad (Eastern European Standard Time)",
			"value": "Europe/Kaliningrad"
		},
		{
			"name": "Europe/Kiev (Eastern European Time)",
			"value": "Europe/Kiev"
		},
		{
			"name": "Europe/Kirov (Moscow Standard Time)",
			"value": "Europe/Kirov"
		},
		{
			"name": "Europe/Kyiv (Eastern European Time)",
			"value": "Europe/Kyiv"
		},
		{
			"name": "Europe/Lisbon (Western European Time)",
			"value": "Europe/Lisbon"
		},
		{
			"name": "Europe/Ljubljana (Central European Time)",
			"value": "Europe/Ljubljana"
		},
		{
			"name": "Europe/London (United Kingdom Time)",
			"value": "Europe/London"
		},
		{
			"name": "Europe/Luxembourg (Central European Time)",
			"value": "Europe/Luxembourg"
		},
		{
			"name": "Europe/Madrid (Central European Time)",
			"value": "Europe/Madrid"
		},
		{
			"name": "Europe/Malta (Central European Time)",
			"value": "Europe/Malta"
		},
		{
			"name": "Europe/Mariehamn (Eastern European Time)",
			"value": "Europe/Mariehamn"
		},
		{
			"name": "Europe/Minsk (Moscow Standard Time)",
			"value": "Europe/Minsk"
		},
		{
			"name": "Europe/Monaco (Central European Time)",
			"value": "Europe/Monaco"
		},
		{
			"name": "Europe/Moscow (Moscow Standard Time)",
			"value": "Europe/Moscow"
		},
		{
			"name": "Europe/Nicosia (Eastern European Time)",
			"value": "Europe/Nicosia"
		},
		{
			"name": "Europe/Oslo (Central European Time)",
			"value": "Europe/Oslo"
		},
		{
			"name": "Europe/Paris (Central European Time)",
			"value": "Europe/Paris"
		},
		{
			"name": "Europe/Podgorica (Central European Time)",
			"value": "Europe/Podgorica"
		},
		{
			"name": "Europe/Prague (Central European Time)",
			"value": "Europe/Prague"
		},
		{
			"name": "Europe/Riga (Eastern European Time)",
			"value": "Europe/Riga"
		},
		{
			"name": "Europe/Rome (Central European Time)",
			"value": "Europe/Rome"
		},
		{
			"name": "Europe/Samara (Samara Standard Time)",
			"value": "Europe/Samara"
		},
		{
			"name": "Europe/San Marino (Central European Time)",
			"value": "Europe/San_Marino"
		},
		{
			"name": "Europe/Sarajevo (Central European Time)",
			"value": "Europe/Sarajevo"
		},
		{
			"name": "Europe/Saratov (Samara Standard Time)",
			"value": "Europe/Saratov"
		},
		{
			"name": "Europe/Simferopol (Moscow Standard Time)",
			"value": "Europe/Simferopol"
		},
		{
			"name": "Europe/Skopje (Central European Time)",
			"value": "Europe/Skopje"
		},
		{
			"name": "Europe/Sofia (Eastern European Time)",
			"value": "Europe/Sofia"
		},
		{
			"name": "Europe/Stockholm (Central European Time)",
			"value": "Europe/Stockholm"
		},
		{
			"name": "Europe/Tallinn (Eastern European Time)",
			"value": "Europe/Tallinn"
		},
		{
			"name": "Europe/Tirane (Central European Time)",
			"value": "Europe/Tirane"
		},
		{
			"name": "Europe/Tiraspol (Eastern European Time)",
			"value": "Europe/Tiraspol"
		},
		{
			"name": "Europe/Ulyanovsk (Samara Standard Time)",
			"value": "Europe/Ulyanovsk"
		},
		{
			"name": "Europe/Uzhgorod (Eastern European Time)",
			"value": "Europe/Uzhgorod"
		},
		{
			"name": "Europe/Vaduz (Central European Time)",
			"value": "Europe/Vaduz"
		},
		{
			"name": "Europe/Vatican (Central European Time)",
			"value": "Europe/Vatican"
		},
		{
			"name": "Europe/Vienna (Central European Time)",
			"value": "Europe/Vienna"
		},
		{
			"name": "Europe/Vilnius (Eastern European Time)",
			"value": "Europe/Vilnius"
		},
		{
			"name": "Europe/Volgograd (Moscow Standard Time)",
			"value": "Europe/Volgograd"
		},
		{
			"name": "Europe/Warsaw (Central European Time)",
			"value": "Europe/Warsaw"
		},
		{
			"name": "Europe/Zagreb (Central European Time)",
			"value": "Europe/Zagreb"
		},
		{
			"name": "Europe/Zaporozhye (Eastern European Time)",
			"value": "Europe/Zaporozhye"
		},
		{
			"name": "Europe/Zurich (Central European Time)",
			"value": "Europe/Zurich"
		},
		{
			"name": "Factory",
			"value": "Factory"
		},
		{
			"name": "GB (United Kingdom Time)",
			"value": "GB"
		},
		{
			"name": "GB-Eire (United Kingdom Time)",
			"value": "GB-Eire"
		},
		{
			"name": "GMT (GMT+00:00)",
			"value": "GMT"
		},
		{
			"name": "GMT-0 (GMT+00:00)",
			"value": "GMT-0"
		},
		{
			"name": "GMT+0 (GMT+00:00)",
			"value": "GMT+0"
		},
		{
			"name": "GMT0 (GMT+00:00)",
			"value": "GMT0"
		},
		{
			"name": "Greenwich (Greenwich Mean Time)",
			"value": "Greenwich"
		},
		{
			"name": "Hongkong (Hong Kong Standard Time)",
			"value": "Hongkong"
		},
		{
			"name": "HST (Hawaii-Aleutian Standard Time)",
			"value": "HST"
		},
		{
			"name": "Iceland (Greenwich Mean Time)",
			"value": "Iceland"
		},
		{
			"name": "Indian/Antananarivo (East Africa Time)",
			"value": "Indian/Antananarivo"
		},
		{
			"name": "Indian/Chagos (Indian Ocean Time)",
			"value": "Indian/Chagos"
		},
		{
			"name": "Indian/Christmas (Christmas Island Time)",
			"value": "Indian/Christmas"
		},
		{
			"name": "Indian/Cocos (Cocos Islands Time)",
			"value": "Indian/Cocos"
		},
		{
			"name": "Indian/Comoro (East Africa Time)",
			"value": "Indian/Comoro"
		},
		{
			"name": "Indian/Kerguelen (French Southern & Antarctic Time)",
			"value": "Indian/Kerguelen"
		},
		{
			"name": "Indian/Mahe (Seychelles Time)",
			"value": "Indian/Mahe"
		},
		{
			"name": "Indian/Maldives (Maldives Time)",
			"value": "Indian/Maldives"
		},
		{
			"name": "Indian/Mauritius (Mauritius Standard Time)",
			"value": "Indian/Mauritius"
		},
		{
			"name": "Indian/Mayotte (East Africa Time)",
			"value": "Indian/Mayotte"
		},
		{
			"name": "Indian/Reunion (Réunion Time)",
			"value": "Indian/Reunion"
		},
		{
			"name": "Iran (Iran Standard Time)",
			"value": "Iran"
		},
		{
			"name": "Israel (Israel Time)",
			"value": "Israel"
		},
		{
			"name": "Jamaica (Eastern Standard Time)",
			"value": "Jamaica"
		},
		{
			"name": "Japan (Japan Standard Time)",
			"value": "Japan"
		},
		{
			"name": "Kwajalein (Marshall Islands Time)",
			"value": "Kwajalein"
		},
		{
			"name": "Libya (Eastern European Standard Time)",
			"value": "Libya"
		},
		{
			"name": "MET (Central European Time)",
			"value": "MET"
		},
		{
			"name": "Mexico/BajaNorte (Pacific Time)",
			"value": "Mexico/BajaNorte"
		},
		{
			"name": "Mexico/BajaSur (Mexican Pacific Standard Time)",
			"value": "Mexico/BajaSur"
		},
		{
			"name": "Mexico/General (Central Standard Time)",
			"value": "Mexico/General"
		},
		{
			"name": "MST (Mountain Standard Time)",
			"value": "MST"
		},
		{
			"name": "MST7MDT (Mountain Time)",
			"value": "MST7MDT"
		},
		{
			"name": "Navajo (Mountain Time)",
			"value": "Navajo"
		},
		{
			"name": "NZ (New Zealand Time)",
			"value": "NZ"
		},
		{
			"name": "NZ-CHAT (Chatham Time)",
			"value": "NZ-CHAT"
		},
		{
			"name": "Pacific/Apia (Samoa Standard Time)",
			"value": "Pacific/Apia"
		},
		{
			"name": "Pacific/Auckland (New Zealand Time)",
			"value": "Pacific/Auckland"
		},
		{
			"name": "Pacific/Bougainville (Bougainville Time)",
			"value": "Pacific/Bougainville"
		},
		{
			"name": "Pacific/Chatham (Chatham Time)",
			"value": "Pacific/Chatham"
		},
		{
			"name": "Pacific/Chuuk (Chuuk Time)",
			"value": "Pacific/Chuuk"
		},
		{
			"name": "Pacific/Easter (Easter Island Time)",
			"value": "Pacific/Easter"
		},
		{
			"name": "Pacific/Efate (Vanuatu Standard Time)",
			"value": "Pacific/Efate"
		},
		{
			"name": "Pacific/Enderbury (Phoenix Islands Time)",
			"value": "Pacific/Enderbury"
		},
		{
			"name": "Pacific/Fakaofo (Tokelau Time)",
			"value": "Pacific/Fakaofo"
		},
		{
			"name": "Pacific/Fiji (Fiji Standard Time)",
			"value": "Pacific/Fiji"
		},
		{
			"name": "Pacific/Funafuti (Tuvalu Time)",
			"value": "Pacific/Funafuti"
		},
		{
			"name": "Pacific/Galapagos (Galapagos Time)",
			"value": "Pacific/Galapagos"
		},
		{
			"name": "Pacific/Gambier (Gambier Time)",
			"value": "Pacific/Gambier"
		},
		{
			"name": "Pacific/Guadalcanal (Solomon Islands Time)",
			"value": "Pacific/Guadalcanal"
		},
		{
			"name": "Pacific/Guam (Chamorro Standard Time)",
			"value": "Pacific/Guam"
		},
		{
			"name": "Pacific/Honolulu (Hawaii-Aleutian Standard Time)",
			"value": "Pacific/Honolulu"
		},
		{
			"name": "Pacific/Johnston (Hawaii-Aleutian Standard Time)",
			"value": "Pacific/Johnston"
		},
		{
			"name": "Pacific/Kanton (Phoenix Islands Time)",
			"value": "Pacific/Kanton"
		},
		{
			"name": "Pacific/Kiritimati (Line Islands Time)",
			"value": "Pacific/Kiritimati"
		},
		{
			"name": "Pacific/Kosrae (Kosrae Time)",
			"value": "Pacific/Kosrae"
		},
		{
			"name": "Pacific/Kwajalein (Marshall Islands Time)",
			"value": "Pacific/Kwajalein"
		},
		{
			"name": "Pacific/Majuro (Marshall Islands Time)",
			"value": "Pacific/Majuro"
		},
		{
			"name": "Pacific/Marquesas (Marquesas Time)",
			"value": "Pacific/Marquesas"
		},
		{
			"name": "Pacific/Midway (American Samoa Standard Time)",
			"value": "Pacific/Midway"
		},
		{
			"name": "Pacific/Nauru (Nauru Time)",
			"value": "Pacific/Nauru"
		},
		{
			"name": "Pacific/Niue (Niue Time)",
			"value": "Pacific/Niue"
		},
		{
			"name": "Pacific/Norfolk (Norfolk Island Time)",
			"value": "Pacific/Norfolk"
		},
		{
			"name": "Pacific/Noumea (New Caledonia Standard Time)",
			"value": "Pacific/Noumea"
		},
		{
			"name": "Pacific/Pago Pago (American Samoa Standard Time)",
			"value": "Pacific/Pago_Pago"
		},
		{
			"name": "Pacific/Palau (Palau Time)",
			"value": "Pacific/Palau"
		},
		{
			"name": "Pacific/Pitcairn (Pitcairn Time)",
			"value": "Pacific/Pitcairn"
		},
		{
			"name": "Pacific/Pohnpei (Pohnpei Time)",
			"value": "Pacific/Pohnpei"
		},
		{
			"name": "Pacific/Ponape (Pohnpei Time)",
			"value": "Pacific/Ponape"
		},
		{
			"name": "Pacific/Port Moresby (Papua New Guinea Time)",
			"value": "Pacific/Port_Moresby"
		},
		{
			"name": "Pacific/Rarotonga (Cook Islands Standard Time)",
			"value": "Pacific/Rarotonga"
		},
		{
			"name": "Pacific/Saipan (Chamorro Standard Time)",
			"value": "Pacific/Saipan"
		},
		{
			"name": "Pacific/Samoa (American Samoa Standard Time)",
			"value": "Pacific/Samoa"
		},
		{
			"name": "Pacific/Tahiti (Tahiti Time)",
			"value": "Pacific/Tahiti"
		},
		{
			"name": "Pacific/Tarawa (Gilbert Islands Time)",
			"value": "Pacific/Tarawa"
		},
		{
			"name": "Pacific/Tongatapu (Tonga Standard Time)",
			"value": "Pacific/Tongatapu"
		},
		{
			"name": "Pacific/Truk (Chuuk Time)",
			"value": "Pacific/Truk"
		},
		{
			"name": "Pacific/Wake (Wake Island Time)",
			"value": "Pacific/Wake"
		},
		{
			"name": "Pacific/Wallis (Wallis & Futuna Time)",
			"value": "Pacific/Wallis"
		},
		{
			"name": "Pacific/Yap (Chuuk Time)",
			"value": "Pacific/Yap"
		},
		{
			"name": "Poland (Central European Time)",
			"value": "Poland"
		},
		{
			"name": "Portugal (Western European Time)",
			"value": "Portugal"
		},
		{
			"name": "PRC (China Standard Time)",
			"value": "PRC"
		},
		{
			"name": "PST8PDT (Pacific Time)",
			"value": "PST8PDT"
		},
		{
			"name": "ROC (Taiwan Standard Time)",
			"value": "ROC"
		},
		{
			"name": "ROK (Korean Standard Time)",
			"value": "ROK"
		},
		{
			"name": "Singapore (Singapore Standard Time)",
			"value": "Singapore"
		},
		{
			"name": "Turkey (Türkiye Standard Time)",
			"value": "Turkey"
		},
		{
			"name": "UCT (GMT+00:00)",
			"value": "UCT"
		},
		{
			"name": "Universal (GMT+00:00)",
			"value": "Universal"
		},
		{
			"name": "US/Alaska (Alaska Time)",
			"value": "US/Alaska"
		},
		{
			"name": "US/Aleutian (Hawaii-Aleutian Time)",
			"value": "US/Aleutian"
		},
		{
			"name": "US/Arizona (Mountain Standard Time)",
			"value": "US/Arizona"
		},
		{
			"name": "US/Central (Central Time)",
			"value": "US/Central"
		},
		{
			"name": "US/East-Indiana (Eastern Time)",
			"value": "US/East-Indiana"
		},
		{
			"name": "US/Eastern (Eastern Time)",
			"value": "US/Eastern"
		},
		{
			"name": "US/Hawaii (Hawaii-Aleutian Standard Time)",
			"value": "US/Hawaii"
		},
		{
			"name": "US/Indiana-Starke (Central Time)",
			"value": "US/Indiana-Starke"
		},
		{
			"name": "US/Michigan (Eastern Time)",
			"value": "US/Michigan"
		},
		{
			"name": "US/Mountain (Mountain Time)",
			"value": "US/Mountain"
		},
		{
			"name": "US/Pacific (Pacific Time)",
			"value": "US/Pacific"
		},
		{
			"name": "US/Samoa (American Samoa Standard Time)",
			"value": "US/Samoa"
		},
		{
			"name": "UTC (GMT+00:00)",
			"value": "UTC"
		},
		{
			"name": "W-SU (Moscow Standard Time)",
			"value": "W-SU"
		},
		{
			"name": "WET (Western European Time)",
			"value": "WET"
		},
		{
			"name": "Zulu (GMT+00:00)",
			"value": "Zulu"
		}
	]
};
