// GENERATED FILE — do not edit. Produced by tools/generate from the Polar OpenAPI document (API version 2026-10) and tools/generate/supplement/2026-10.json (from @polar-sh/sdk 1.0.1).
// Rebuild with: npm run generate
import type { CompactSchema } from '../types';

/** Request-body schemas (a compact JSON Schema subset) used to validate input before sending. */
export const schemas: Record<string, CompactSchema> = {
	"AddressInput": {
		"type": "object",
		"required": [
			"country"
		],
		"properties": {
			"line1": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"line2": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"postal_code": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"city": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"state": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"country": {
				"type": "string",
				"enum": [
					"AD",
					"AE",
					"AF",
					"AG",
					"AI",
					"AL",
					"AM",
					"AO",
					"AQ",
					"AR",
					"AS",
					"AT",
					"AU",
					"AW",
					"AX",
					"AZ",
					"BA",
					"BB",
					"BD",
					"BE",
					"BF",
					"BG",
					"BH",
					"BI",
					"BJ",
					"BL",
					"BM",
					"BN",
					"BO",
					"BQ",
					"BR",
					"BS",
					"BT",
					"BV",
					"BW",
					"BY",
					"BZ",
					"CA",
					"CC",
					"CD",
					"CF",
					"CG",
					"CH",
					"CI",
					"CK",
					"CL",
					"CM",
					"CN",
					"CO",
					"CR",
					"CV",
					"CW",
					"CX",
					"CY",
					"CZ",
					"DE",
					"DJ",
					"DK",
					"DM",
					"DO",
					"DZ",
					"EC",
					"EE",
					"EG",
					"EH",
					"ER",
					"ES",
					"ET",
					"FI",
					"FJ",
					"FK",
					"FM",
					"FO",
					"FR",
					"GA",
					"GB",
					"GD",
					"GE",
					"GF",
					"GG",
					"GH",
					"GI",
					"GL",
					"GM",
					"GN",
					"GP",
					"GQ",
					"GR",
					"GS",
					"GT",
					"GU",
					"GW",
					"GY",
					"HK",
					"HM",
					"HN",
					"HR",
					"HT",
					"HU",
					"ID",
					"IE",
					"IL",
					"IM",
					"IN",
					"IO",
					"IQ",
					"IS",
					"IT",
					"JE",
					"JM",
					"JO",
					"JP",
					"KE",
					"KG",
					"KH",
					"KI",
					"KM",
					"KN",
					"KR",
					"KW",
					"KY",
					"KZ",
					"LA",
					"LB",
					"LC",
					"LI",
					"LK",
					"LR",
					"LS",
					"LT",
					"LU",
					"LV",
					"LY",
					"MA",
					"MC",
					"MD",
					"ME",
					"MF",
					"MG",
					"MH",
					"MK",
					"ML",
					"MM",
					"MN",
					"MO",
					"MP",
					"MQ",
					"MR",
					"MS",
					"MT",
					"MU",
					"MV",
					"MW",
					"MX",
					"MY",
					"MZ",
					"NA",
					"NC",
					"NE",
					"NF",
					"NG",
					"NI",
					"NL",
					"NO",
					"NP",
					"NR",
					"NU",
					"NZ",
					"OM",
					"PA",
					"PE",
					"PF",
					"PG",
					"PH",
					"PK",
					"PL",
					"PM",
					"PN",
					"PR",
					"PS",
					"PT",
					"PW",
					"PY",
					"QA",
					"RE",
					"RO",
					"RS",
					"RW",
					"SA",
					"SB",
					"SC",
					"SD",
					"SE",
					"SG",
					"SH",
					"SI",
					"SJ",
					"SK",
					"SL",
					"SM",
					"SN",
					"SO",
					"SR",
					"SS",
					"ST",
					"SV",
					"SX",
					"SZ",
					"TC",
					"TD",
					"TF",
					"TG",
					"TH",
					"TJ",
					"TK",
					"TL",
					"TM",
					"TN",
					"TO",
					"TR",
					"TT",
					"TV",
					"TW",
					"TZ",
					"UA",
					"UG",
					"UM",
					"US",
					"UY",
					"UZ",
					"VA",
					"VC",
					"VE",
					"VG",
					"VI",
					"VN",
					"VU",
					"WF",
					"WS",
					"YE",
					"YT",
					"ZA",
					"ZM",
					"ZW"
				]
			}
		}
	},
	"ApiVersion": {
		"type": "string",
		"enum": [
			"2026-04",
			"2026-10",
			"2027-01"
		]
	},
	"AttachedCustomFieldCreate": {
		"type": "object",
		"required": [
			"custom_field_id",
			"required"
		],
		"properties": {
			"custom_field_id": {
				"type": "string",
				"format": "uuid4"
			},
			"required": {
				"type": "boolean"
			}
		}
	},
	"AuthorizationCodeTokenRequest": {
		"type": "object",
		"required": [
			"grant_type",
			"client_id",
			"client_secret",
			"code",
			"redirect_uri"
		],
		"properties": {
			"grant_type": {
				"type": "string",
				"const": "authorization_code"
			},
			"client_id": {
				"type": "string"
			},
			"client_secret": {
				"type": "string"
			},
			"code": {
				"type": "string"
			},
			"redirect_uri": {
				"type": "string",
				"format": "uri",
				"minLength": 1,
				"maxLength": 2083
			}
		}
	},
	"BenefitCreate": {
		"anyOf": [
			{
				"$ref": "BenefitCustomCreate"
			},
			{
				"$ref": "BenefitDiscordCreate"
			},
			{
				"$ref": "BenefitGitHubRepositoryCreate"
			},
			{
				"$ref": "BenefitDownloadablesCreate"
			},
			{
				"$ref": "BenefitLicenseKeysCreate"
			},
			{
				"$ref": "BenefitMeterCreditCreate"
			},
			{
				"$ref": "BenefitFeatureFlagCreate"
			},
			{
				"$ref": "BenefitSlackSharedChannelCreate"
			}
		],
		"discriminator": {
			"propertyName": "type",
			"mapping": {
				"custom": "BenefitCustomCreate",
				"discord": "BenefitDiscordCreate",
				"downloadables": "BenefitDownloadablesCreate",
				"feature_flag": "BenefitFeatureFlagCreate",
				"github_repository": "BenefitGitHubRepositoryCreate",
				"license_keys": "BenefitLicenseKeysCreate",
				"meter_credit": "BenefitMeterCreditCreate",
				"slack_shared_channel": "BenefitSlackSharedChannelCreate"
			}
		}
	},
	"BenefitCustomCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "custom"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitCustomCreateProperties"
			}
		}
	},
	"BenefitCustomCreateProperties": {
		"type": "object",
		"properties": {
			"note": {
				"anyOf": [
					{
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "null"
							}
						]
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitCustomProperties": {
		"type": "object",
		"required": [
			"note"
		],
		"properties": {
			"note": {
				"anyOf": [
					{
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "null"
							}
						]
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitCustomUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "custom"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitCustomProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitDiscordCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "discord"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitDiscordCreateProperties"
			}
		}
	},
	"BenefitDiscordCreateProperties": {
		"type": "object",
		"required": [
			"guild_token",
			"role_id",
			"kick_member"
		],
		"properties": {
			"guild_token": {
				"type": "string"
			},
			"role_id": {
				"type": "string"
			},
			"kick_member": {
				"type": "boolean"
			}
		}
	},
	"BenefitDiscordUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "discord"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitDiscordCreateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitDownloadablesCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "downloadables"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitDownloadablesCreateProperties"
			}
		}
	},
	"BenefitDownloadablesCreateProperties": {
		"type": "object",
		"required": [
			"files"
		],
		"properties": {
			"archived": {
				"type": "object",
				"additionalProperties": {
					"type": "boolean"
				},
				"propertyNames": {
					"format": "uuid4"
				}
			},
			"files": {
				"type": "array",
				"minItems": 1,
				"items": {
					"type": "string",
					"format": "uuid4"
				}
			}
		}
	},
	"BenefitDownloadablesUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "downloadables"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitDownloadablesCreateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitFeatureFlagCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "feature_flag"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitFeatureFlagCreateProperties"
			}
		}
	},
	"BenefitFeatureFlagCreateProperties": {
		"type": "object",
		"properties": {}
	},
	"BenefitFeatureFlagProperties": {
		"type": "object",
		"properties": {}
	},
	"BenefitFeatureFlagUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "feature_flag"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitFeatureFlagProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitGitHubRepositoryCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "github_repository"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitGitHubRepositoryCreateProperties"
			}
		}
	},
	"BenefitGitHubRepositoryCreateProperties": {
		"type": "object",
		"required": [
			"repository_owner",
			"repository_name",
			"permission"
		],
		"properties": {
			"repository_owner": {
				"type": "string"
			},
			"repository_name": {
				"type": "string"
			},
			"permission": {
				"type": "string",
				"enum": [
					"pull",
					"triage",
					"push",
					"maintain",
					"admin"
				]
			}
		}
	},
	"BenefitGitHubRepositoryUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "github_repository"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitGitHubRepositoryCreateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitLicenseKeyActivationCreateProperties": {
		"type": "object",
		"required": [
			"limit",
			"enable_customer_admin"
		],
		"properties": {
			"limit": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647,
				"exclusiveMinimum": 0
			},
			"enable_customer_admin": {
				"type": "boolean"
			}
		}
	},
	"BenefitLicenseKeyExpirationProperties": {
		"type": "object",
		"required": [
			"ttl",
			"timeframe"
		],
		"properties": {
			"ttl": {
				"type": "integer",
				"exclusiveMinimum": 0
			},
			"timeframe": {
				"type": "string",
				"enum": [
					"year",
					"month",
					"day"
				]
			}
		}
	},
	"BenefitLicenseKeysCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "license_keys"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitLicenseKeysCreateProperties"
			}
		}
	},
	"BenefitLicenseKeysCreateProperties": {
		"type": "object",
		"properties": {
			"prefix": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"expires": {
				"anyOf": [
					{
						"$ref": "BenefitLicenseKeyExpirationProperties"
					},
					{
						"type": "null"
					}
				]
			},
			"activations": {
				"anyOf": [
					{
						"$ref": "BenefitLicenseKeyActivationCreateProperties"
					},
					{
						"type": "null"
					}
				]
			},
			"limit_usage": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": -2147483648,
						"maximum": 2147483647,
						"exclusiveMinimum": 0
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitLicenseKeysUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "license_keys"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitLicenseKeysCreateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitMeterCreditCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "meter_credit"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitMeterCreditCreateProperties"
			}
		}
	},
	"BenefitMeterCreditCreateProperties": {
		"type": "object",
		"required": [
			"units",
			"rollover",
			"meter_id"
		],
		"properties": {
			"units": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647,
				"exclusiveMinimum": 0
			},
			"rollover": {
				"type": "boolean"
			},
			"meter_id": {
				"type": "string",
				"format": "uuid4"
			}
		}
	},
	"BenefitMeterCreditUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "meter_credit"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitMeterCreditCreateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitSlackSharedChannelCreate": {
		"type": "object",
		"required": [
			"type",
			"description",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "slack_shared_channel"
			},
			"description": {
				"type": "string",
				"minLength": 3,
				"maxLength": 42
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "BenefitVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "BenefitSlackSharedChannelCreateProperties"
			}
		}
	},
	"BenefitSlackSharedChannelCreateProperties": {
		"type": "object",
		"required": [
			"slack_integration_id",
			"channel_name_template"
		],
		"properties": {
			"slack_integration_id": {
				"type": "string",
				"format": "uuid4"
			},
			"channel_name_template": {
				"type": "string",
				"minLength": 1,
				"maxLength": 80
			},
			"private": {
				"type": "boolean"
			},
			"welcome_message": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 4000
					},
					{
						"type": "null"
					}
				]
			},
			"archive_on_revoke": {
				"type": "boolean"
			},
			"team_invitees": {
				"type": "array",
				"items": {
					"type": "string"
				}
			}
		}
	},
	"BenefitSlackSharedChannelUpdate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 42
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "slack_shared_channel"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "BenefitSlackSharedChannelCreateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"BenefitVisibility": {
		"type": "string",
		"enum": [
			"draft",
			"private",
			"public"
		]
	},
	"CheckoutConfirmStripe": {
		"type": "object",
		"properties": {
			"custom_field_data": {
				"type": "object",
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string"
						},
						{
							"type": "integer"
						},
						{
							"type": "boolean"
						},
						{
							"type": "string",
							"format": "date-time"
						},
						{
							"type": "null"
						}
					]
				}
			},
			"product_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"product_price_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"is_business_customer": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"customer_email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"payment_method_type": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"discount_code": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_trial": {
				"anyOf": [
					{
						"type": "boolean",
						"const": false
					},
					{
						"type": "null"
					}
				]
			},
			"confirmation_token_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutCreate": {
		"$ref": "CheckoutProductsCreate"
	},
	"CheckoutLinkCreate": {
		"anyOf": [
			{
				"$ref": "CheckoutLinkCreateProductPrice"
			},
			{
				"$ref": "CheckoutLinkCreateProduct"
			},
			{
				"$ref": "CheckoutLinkCreateProducts"
			}
		]
	},
	"CheckoutLinkCreateProduct": {
		"type": "object",
		"required": [
			"payment_processor",
			"product_id"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"payment_processor": {
				"type": "string",
				"const": "stripe"
			},
			"label": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_discount_codes": {
				"type": "boolean"
			},
			"require_billing_address": {
				"type": "boolean"
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"success_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"product_id": {
				"type": "string",
				"format": "uuid4"
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutLinkCreateProductPrice": {
		"type": "object",
		"required": [
			"payment_processor",
			"product_price_id"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"payment_processor": {
				"type": "string",
				"const": "stripe"
			},
			"label": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_discount_codes": {
				"type": "boolean"
			},
			"require_billing_address": {
				"type": "boolean"
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"success_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"product_price_id": {
				"type": "string",
				"format": "uuid4"
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutLinkCreateProducts": {
		"type": "object",
		"required": [
			"payment_processor",
			"products"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"payment_processor": {
				"type": "string",
				"const": "stripe"
			},
			"label": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_discount_codes": {
				"type": "boolean"
			},
			"require_billing_address": {
				"type": "boolean"
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"success_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"products": {
				"type": "array",
				"minItems": 1,
				"items": {
					"type": "string",
					"format": "uuid4"
				}
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutLinkUpdate": {
		"type": "object",
		"properties": {
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"products": {
				"anyOf": [
					{
						"type": "array",
						"minItems": 1,
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"label": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_discount_codes": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"require_billing_address": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"success_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutProductsCreate": {
		"type": "object",
		"required": [
			"products"
		],
		"properties": {
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"custom_field_data": {
				"type": "object",
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string"
						},
						{
							"type": "integer"
						},
						{
							"type": "boolean"
						},
						{
							"type": "string",
							"format": "date-time"
						},
						{
							"type": "null"
						}
					]
				}
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_discount_codes": {
				"type": "boolean"
			},
			"require_billing_address": {
				"type": "boolean"
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"min_seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"max_seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"allow_trial": {
				"type": "boolean"
			},
			"customer_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"is_business_customer": {
				"type": "boolean"
			},
			"external_customer_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"customer_email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_ip_address": {
				"anyOf": [
					{
						"type": "string",
						"format": "ipvanyaddress"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"subscription_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"success_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"embed_origin": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"currency": {
				"anyOf": [
					{
						"$ref": "PresentmentCurrency"
					},
					{
						"type": "null"
					}
				]
			},
			"products": {
				"type": "array",
				"minItems": 1,
				"items": {
					"type": "string",
					"format": "uuid4"
				}
			},
			"prices": {
				"anyOf": [
					{
						"type": "object",
						"additionalProperties": {
							"type": "array",
							"minItems": 1,
							"items": {
								"$ref": "ProductPriceCreate"
							}
						},
						"propertyNames": {
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"min_units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"max_units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutUpdate": {
		"type": "object",
		"properties": {
			"custom_field_data": {
				"type": "object",
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string"
						},
						{
							"type": "integer"
						},
						{
							"type": "boolean"
						},
						{
							"type": "string",
							"format": "date-time"
						},
						{
							"type": "null"
						}
					]
				}
			},
			"product_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"product_price_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"is_business_customer": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"customer_email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"currency": {
				"anyOf": [
					{
						"$ref": "PresentmentCurrency"
					},
					{
						"type": "null"
					}
				]
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_discount_codes": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"require_billing_address": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_trial": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_ip_address": {
				"anyOf": [
					{
						"type": "string",
						"format": "ipvanyaddress"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_metadata": {
				"anyOf": [
					{
						"type": "object",
						"maxProperties": 50,
						"additionalProperties": {
							"anyOf": [
								{
									"type": "string",
									"minLength": 1,
									"maxLength": 500
								},
								{
									"type": "integer"
								},
								{
									"type": "number"
								},
								{
									"type": "boolean"
								}
							]
						},
						"propertyNames": {
							"minLength": 1,
							"maxLength": 40
						}
					},
					{
						"type": "null"
					}
				]
			},
			"success_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"embed_origin": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CheckoutUpdatePublic": {
		"type": "object",
		"properties": {
			"custom_field_data": {
				"type": "object",
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string"
						},
						{
							"type": "integer"
						},
						{
							"type": "boolean"
						},
						{
							"type": "string",
							"format": "date-time"
						},
						{
							"type": "null"
						}
					]
				}
			},
			"product_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"product_price_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"is_business_customer": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"customer_email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"payment_method_type": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"discount_code": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"allow_trial": {
				"anyOf": [
					{
						"type": "boolean",
						"const": false
					},
					{
						"type": "null"
					}
				]
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CostMetadata-Input": {
		"type": "object",
		"required": [
			"amount",
			"currency"
		],
		"properties": {
			"amount": {
				"anyOf": [
					{
						"type": "number"
					},
					{
						"type": "string",
						"pattern": "^(?!^[-+.]*$)[+-]?0*(?:\\d{0,5}|(?=[\\d.]{1,18}0*$)\\d{0,5}\\.\\d{0,12}0*$)"
					}
				]
			},
			"currency": {
				"type": "string",
				"pattern": "usd"
			}
		}
	},
	"CountAggregation": {
		"type": "object",
		"properties": {
			"func": {
				"type": "string",
				"const": "count"
			}
		}
	},
	"CustomFieldCheckboxProperties": {
		"type": "object",
		"properties": {
			"form_label": {
				"type": "string",
				"minLength": 1
			},
			"form_help_text": {
				"type": "string",
				"minLength": 1
			},
			"form_placeholder": {
				"type": "string",
				"minLength": 1
			}
		}
	},
	"CustomFieldCreate": {
		"anyOf": [
			{
				"$ref": "CustomFieldCreateText"
			},
			{
				"$ref": "CustomFieldCreateNumber"
			},
			{
				"$ref": "CustomFieldCreateDate"
			},
			{
				"$ref": "CustomFieldCreateCheckbox"
			},
			{
				"$ref": "CustomFieldCreateSelect"
			}
		],
		"discriminator": {
			"propertyName": "type",
			"mapping": {
				"checkbox": "CustomFieldCreateCheckbox",
				"date": "CustomFieldCreateDate",
				"number": "CustomFieldCreateNumber",
				"select": "CustomFieldCreateSelect",
				"text": "CustomFieldCreateText"
			}
		}
	},
	"CustomFieldCreateCheckbox": {
		"type": "object",
		"required": [
			"type",
			"slug",
			"name",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "checkbox"
			},
			"slug": {
				"type": "string",
				"minLength": 1,
				"pattern": "^[a-z0-9-_]+$"
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "CustomFieldCheckboxProperties"
			}
		}
	},
	"CustomFieldCreateDate": {
		"type": "object",
		"required": [
			"type",
			"slug",
			"name",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "date"
			},
			"slug": {
				"type": "string",
				"minLength": 1,
				"pattern": "^[a-z0-9-_]+$"
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "CustomFieldDateProperties"
			}
		}
	},
	"CustomFieldCreateNumber": {
		"type": "object",
		"required": [
			"type",
			"slug",
			"name",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "number"
			},
			"slug": {
				"type": "string",
				"minLength": 1,
				"pattern": "^[a-z0-9-_]+$"
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "CustomFieldNumberProperties"
			}
		}
	},
	"CustomFieldCreateSelect": {
		"type": "object",
		"required": [
			"type",
			"slug",
			"name",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "select"
			},
			"slug": {
				"type": "string",
				"minLength": 1,
				"pattern": "^[a-z0-9-_]+$"
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "CustomFieldSelectProperties"
			}
		}
	},
	"CustomFieldCreateText": {
		"type": "object",
		"required": [
			"type",
			"slug",
			"name",
			"properties"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"type": {
				"type": "string",
				"const": "text"
			},
			"slug": {
				"type": "string",
				"minLength": 1,
				"pattern": "^[a-z0-9-_]+$"
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"properties": {
				"$ref": "CustomFieldTextProperties"
			}
		}
	},
	"CustomFieldDateProperties": {
		"type": "object",
		"properties": {
			"form_label": {
				"type": "string",
				"minLength": 1
			},
			"form_help_text": {
				"type": "string",
				"minLength": 1
			},
			"form_placeholder": {
				"type": "string",
				"minLength": 1
			},
			"ge": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			},
			"le": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			}
		}
	},
	"CustomFieldNumberProperties": {
		"type": "object",
		"properties": {
			"form_label": {
				"type": "string",
				"minLength": 1
			},
			"form_help_text": {
				"type": "string",
				"minLength": 1
			},
			"form_placeholder": {
				"type": "string",
				"minLength": 1
			},
			"ge": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			},
			"le": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			}
		}
	},
	"CustomFieldSelectOption": {
		"type": "object",
		"required": [
			"value",
			"label"
		],
		"properties": {
			"value": {
				"type": "string",
				"minLength": 1
			},
			"label": {
				"type": "string",
				"minLength": 1
			}
		}
	},
	"CustomFieldSelectProperties": {
		"type": "object",
		"required": [
			"options"
		],
		"properties": {
			"form_label": {
				"type": "string",
				"minLength": 1
			},
			"form_help_text": {
				"type": "string",
				"minLength": 1
			},
			"form_placeholder": {
				"type": "string",
				"minLength": 1
			},
			"options": {
				"type": "array",
				"minItems": 1,
				"items": {
					"$ref": "CustomFieldSelectOption"
				}
			}
		}
	},
	"CustomFieldTextProperties": {
		"type": "object",
		"properties": {
			"form_label": {
				"type": "string",
				"minLength": 1
			},
			"form_help_text": {
				"type": "string",
				"minLength": 1
			},
			"form_placeholder": {
				"type": "string",
				"minLength": 1
			},
			"textarea": {
				"type": "boolean"
			},
			"min_length": {
				"type": "integer",
				"minimum": 0,
				"maximum": 2147483647
			},
			"max_length": {
				"type": "integer",
				"minimum": 0,
				"maximum": 2147483647
			}
		}
	},
	"CustomFieldUpdate": {
		"anyOf": [
			{
				"$ref": "CustomFieldUpdateText"
			},
			{
				"$ref": "CustomFieldUpdateNumber"
			},
			{
				"$ref": "CustomFieldUpdateDate"
			},
			{
				"$ref": "CustomFieldUpdateCheckbox"
			},
			{
				"$ref": "CustomFieldUpdateSelect"
			}
		],
		"discriminator": {
			"propertyName": "type",
			"mapping": {
				"checkbox": "CustomFieldUpdateCheckbox",
				"date": "CustomFieldUpdateDate",
				"number": "CustomFieldUpdateNumber",
				"select": "CustomFieldUpdateSelect",
				"text": "CustomFieldUpdateText"
			}
		}
	},
	"CustomFieldUpdateCheckbox": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"slug": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1,
						"pattern": "^[a-z0-9-_]+$"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "checkbox"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "CustomFieldCheckboxProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomFieldUpdateDate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"slug": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1,
						"pattern": "^[a-z0-9-_]+$"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "date"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "CustomFieldDateProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomFieldUpdateNumber": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"slug": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1,
						"pattern": "^[a-z0-9-_]+$"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "number"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "CustomFieldNumberProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomFieldUpdateSelect": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"slug": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1,
						"pattern": "^[a-z0-9-_]+$"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "select"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "CustomFieldSelectProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomFieldUpdateText": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"slug": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1,
						"pattern": "^[a-z0-9-_]+$"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "text"
			},
			"properties": {
				"anyOf": [
					{
						"$ref": "CustomFieldTextProperties"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerBenefitGrantCustomUpdate": {
		"type": "object",
		"required": [
			"benefit_type"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "custom"
			}
		}
	},
	"CustomerBenefitGrantDiscordPropertiesUpdate": {
		"type": "object",
		"required": [
			"account_id"
		],
		"properties": {
			"account_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerBenefitGrantDiscordUpdate": {
		"type": "object",
		"required": [
			"benefit_type",
			"properties"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "discord"
			},
			"properties": {
				"$ref": "CustomerBenefitGrantDiscordPropertiesUpdate"
			}
		}
	},
	"CustomerBenefitGrantDownloadablesUpdate": {
		"type": "object",
		"required": [
			"benefit_type"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "downloadables"
			}
		}
	},
	"CustomerBenefitGrantFeatureFlagUpdate": {
		"type": "object",
		"required": [
			"benefit_type"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "feature_flag"
			}
		}
	},
	"CustomerBenefitGrantGitHubRepositoryPropertiesUpdate": {
		"type": "object",
		"required": [
			"account_id"
		],
		"properties": {
			"account_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerBenefitGrantGitHubRepositoryUpdate": {
		"type": "object",
		"required": [
			"benefit_type",
			"properties"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "github_repository"
			},
			"properties": {
				"$ref": "CustomerBenefitGrantGitHubRepositoryPropertiesUpdate"
			}
		}
	},
	"CustomerBenefitGrantLicenseKeysUpdate": {
		"type": "object",
		"required": [
			"benefit_type"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "license_keys"
			}
		}
	},
	"CustomerBenefitGrantMeterCreditUpdate": {
		"type": "object",
		"required": [
			"benefit_type"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "meter_credit"
			}
		}
	},
	"CustomerBenefitGrantSlackSharedChannelPropertiesUpdate": {
		"type": "object",
		"required": [
			"invited_email"
		],
		"properties": {
			"invited_email": {
				"type": "string",
				"format": "email"
			}
		}
	},
	"CustomerBenefitGrantSlackSharedChannelUpdate": {
		"type": "object",
		"required": [
			"benefit_type",
			"properties"
		],
		"properties": {
			"benefit_type": {
				"type": "string",
				"const": "slack_shared_channel"
			},
			"properties": {
				"$ref": "CustomerBenefitGrantSlackSharedChannelPropertiesUpdate"
			}
		}
	},
	"CustomerBenefitGrantUpdate": {
		"anyOf": [
			{
				"$ref": "CustomerBenefitGrantDiscordUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantGitHubRepositoryUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantDownloadablesUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantLicenseKeysUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantCustomUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantMeterCreditUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantFeatureFlagUpdate"
			},
			{
				"$ref": "CustomerBenefitGrantSlackSharedChannelUpdate"
			}
		],
		"discriminator": {
			"propertyName": "benefit_type",
			"mapping": {
				"custom": "CustomerBenefitGrantCustomUpdate",
				"discord": "CustomerBenefitGrantDiscordUpdate",
				"downloadables": "CustomerBenefitGrantDownloadablesUpdate",
				"feature_flag": "CustomerBenefitGrantFeatureFlagUpdate",
				"github_repository": "CustomerBenefitGrantGitHubRepositoryUpdate",
				"license_keys": "CustomerBenefitGrantLicenseKeysUpdate",
				"meter_credit": "CustomerBenefitGrantMeterCreditUpdate",
				"slack_shared_channel": "CustomerBenefitGrantSlackSharedChannelUpdate"
			}
		}
	},
	"CustomerCancellationReason": {
		"type": "string",
		"enum": [
			"customer_service",
			"low_quality",
			"missing_features",
			"switched_service",
			"too_complex",
			"too_expensive",
			"unused",
			"other"
		]
	},
	"CustomerCreate": {
		"anyOf": [
			{
				"$ref": "CustomerIndividualCreate"
			},
			{
				"$ref": "CustomerTeamCreate"
			}
		]
	},
	"CustomerEmailUpdateRequest": {
		"type": "object",
		"required": [
			"email"
		],
		"properties": {
			"email": {
				"type": "string",
				"format": "email"
			}
		}
	},
	"CustomerEmailUpdateVerifyRequest": {
		"type": "object",
		"required": [
			"token"
		],
		"properties": {
			"token": {
				"type": "string"
			}
		}
	},
	"CustomerIndividualCreate": {
		"type": "object",
		"required": [
			"email"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"owner": {
				"anyOf": [
					{
						"$ref": "MemberOwnerCreate"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "individual"
			},
			"email": {
				"type": "string",
				"format": "email"
			}
		}
	},
	"CustomerOrderConfirmPayment": {
		"type": "object",
		"properties": {
			"confirmation_token_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"payment_method_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"payment_processor": {
				"$ref": "PaymentProcessor"
			}
		}
	},
	"CustomerOrderUpdate": {
		"type": "object",
		"properties": {
			"billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerPaymentMethodConfirm": {
		"type": "object",
		"required": [
			"setup_intent_id",
			"set_default"
		],
		"properties": {
			"setup_intent_id": {
				"type": "string"
			},
			"set_default": {
				"type": "boolean"
			}
		}
	},
	"CustomerPaymentMethodCreate": {
		"type": "object",
		"required": [
			"confirmation_token_id",
			"set_default",
			"return_url"
		],
		"properties": {
			"confirmation_token_id": {
				"type": "string"
			},
			"set_default": {
				"type": "boolean"
			},
			"return_url": {
				"type": "string"
			}
		}
	},
	"CustomerPortalCustomerSettings": {
		"type": "object",
		"properties": {
			"allow_email_change": {
				"type": "boolean"
			}
		}
	},
	"CustomerPortalCustomerUpdate": {
		"type": "object",
		"properties": {
			"billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"default_payment_method_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerPortalMemberCreate": {
		"type": "object",
		"required": [
			"email"
		],
		"properties": {
			"email": {
				"type": "string",
				"format": "email"
			},
			"name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"role": {
				"$ref": "MemberRole"
			}
		}
	},
	"CustomerPortalMemberUpdate": {
		"type": "object",
		"properties": {
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"role": {
				"anyOf": [
					{
						"$ref": "MemberRole"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerPortalSubscriptionSettings": {
		"type": "object",
		"required": [
			"update_seats",
			"update_plan"
		],
		"properties": {
			"update_seats": {
				"type": "boolean"
			},
			"update_plan": {
				"type": "boolean"
			},
			"pause": {
				"type": "boolean"
			},
			"update_units": {
				"type": "boolean"
			}
		}
	},
	"CustomerPortalUsageSettings": {
		"type": "object",
		"required": [
			"show"
		],
		"properties": {
			"show": {
				"type": "boolean"
			}
		}
	},
	"CustomerSeatAssign": {
		"type": "object",
		"properties": {
			"subscription_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"order_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"external_customer_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"external_member_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"member_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"anyOf": [
					{
						"type": "object",
						"additionalProperties": true
					},
					{
						"type": "null"
					}
				]
			},
			"immediate_claim": {
				"type": "boolean"
			},
			"checkout_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerSessionCustomerExternalIDCreate": {
		"type": "object",
		"required": [
			"external_customer_id"
		],
		"properties": {
			"member_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"external_member_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"external_customer_id": {
				"type": "string"
			}
		}
	},
	"CustomerSessionCustomerIDCreate": {
		"type": "object",
		"required": [
			"customer_id"
		],
		"properties": {
			"member_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"external_member_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"return_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"customer_id": {
				"type": "string",
				"format": "uuid4"
			}
		}
	},
	"CustomerSubscriptionCancel": {
		"type": "object",
		"properties": {
			"cancel_at_period_end": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"cancellation_reason": {
				"anyOf": [
					{
						"$ref": "CustomerCancellationReason"
					},
					{
						"type": "null"
					}
				]
			},
			"cancellation_comment": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		},
		"additionalProperties": false
	},
	"CustomerSubscriptionPause": {
		"type": "object",
		"required": [
			"pause_at_period_end"
		],
		"properties": {
			"pause_at_period_end": {
				"type": "boolean"
			},
			"resumes_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			}
		},
		"additionalProperties": false
	},
	"CustomerSubscriptionResume": {
		"type": "object",
		"required": [
			"resume"
		],
		"properties": {
			"resume": {
				"type": "boolean",
				"const": true
			}
		},
		"additionalProperties": false
	},
	"CustomerSubscriptionUpdate": {
		"anyOf": [
			{
				"$ref": "CustomerSubscriptionUpdateProduct"
			},
			{
				"$ref": "CustomerSubscriptionUpdateSeats"
			},
			{
				"$ref": "CustomerSubscriptionUpdateUnits"
			},
			{
				"$ref": "CustomerSubscriptionCancel"
			},
			{
				"$ref": "CustomerSubscriptionPause"
			},
			{
				"$ref": "CustomerSubscriptionResume"
			},
			{
				"$ref": "CustomerSubscriptionUpdateClear"
			}
		]
	},
	"CustomerSubscriptionUpdateClear": {
		"type": "object",
		"required": [
			"pending_update"
		],
		"properties": {
			"pending_update": {
				"type": "null"
			}
		},
		"additionalProperties": false
	},
	"CustomerSubscriptionUpdateProduct": {
		"type": "object",
		"required": [
			"product_id"
		],
		"properties": {
			"product_id": {
				"type": "string",
				"format": "uuid4"
			}
		},
		"additionalProperties": false
	},
	"CustomerSubscriptionUpdateSeats": {
		"type": "object",
		"required": [
			"seats"
		],
		"properties": {
			"seats": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			}
		},
		"additionalProperties": false
	},
	"CustomerSubscriptionUpdateUnits": {
		"type": "object",
		"required": [
			"units"
		],
		"properties": {
			"units": {
				"type": "integer",
				"minimum": 1,
				"maximum": 2147483647
			}
		},
		"additionalProperties": false
	},
	"CustomerTeamCreate": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"owner": {
				"anyOf": [
					{
						"$ref": "MemberOwnerCreate"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "team"
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerType": {
		"type": "string",
		"enum": [
			"individual",
			"team"
		]
	},
	"CustomerUpdate": {
		"type": "object",
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"anyOf": [
					{
						"$ref": "CustomerType"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"CustomerUpdateExternalID": {
		"type": "object",
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			},
			"tax_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"locale": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"DiscountCreate": {
		"anyOf": [
			{
				"$ref": "DiscountFixedCreate"
			},
			{
				"$ref": "DiscountPercentageCreate"
			}
		],
		"discriminator": {
			"propertyName": "type",
			"mapping": {
				"fixed": "DiscountFixedCreate",
				"percentage": "DiscountPercentageCreate"
			}
		}
	},
	"DiscountDuration": {
		"type": "string",
		"enum": [
			"once",
			"forever",
			"repeating"
		]
	},
	"DiscountFixedCreate": {
		"type": "object",
		"required": [
			"name",
			"duration"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"code": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"starts_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			},
			"ends_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			},
			"max_redemptions": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"max_redemptions_per_customer": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"products": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "fixed"
			},
			"duration": {
				"$ref": "DiscountDuration"
			},
			"duration_in_months": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 999
					},
					{
						"type": "null"
					}
				]
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0,
						"maximum": 999999999999
					},
					{
						"type": "null"
					}
				]
			},
			"currency": {
				"anyOf": [
					{
						"$ref": "PresentmentCurrency"
					},
					{
						"type": "null"
					}
				]
			},
			"amounts": {
				"anyOf": [
					{
						"type": "object",
						"minProperties": 1,
						"additionalProperties": {
							"type": "integer",
							"minimum": 0,
							"maximum": 999999999999
						},
						"propertyNames": {
							"$ref": "PresentmentCurrency"
						}
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"DiscountPercentageCreate": {
		"type": "object",
		"required": [
			"name",
			"duration",
			"basis_points"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"type": "string",
				"minLength": 1
			},
			"code": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"starts_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			},
			"ends_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			},
			"max_redemptions": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"max_redemptions_per_customer": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"products": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"type": "string",
				"const": "percentage"
			},
			"duration": {
				"$ref": "DiscountDuration"
			},
			"duration_in_months": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 999
					},
					{
						"type": "null"
					}
				]
			},
			"basis_points": {
				"type": "integer",
				"minimum": 1,
				"maximum": 10000
			}
		}
	},
	"DiscountType": {
		"type": "string",
		"enum": [
			"fixed",
			"percentage"
		]
	},
	"DiscountUpdate": {
		"type": "object",
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"code": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"starts_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			},
			"ends_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			},
			"max_redemptions": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"max_redemptions_per_customer": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			},
			"duration": {
				"anyOf": [
					{
						"$ref": "DiscountDuration"
					},
					{
						"type": "null"
					}
				]
			},
			"duration_in_months": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 999
					},
					{
						"type": "null"
					}
				]
			},
			"type": {
				"anyOf": [
					{
						"$ref": "DiscountType"
					},
					{
						"type": "null"
					}
				]
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0,
						"maximum": 999999999999
					},
					{
						"type": "null"
					}
				]
			},
			"currency": {
				"anyOf": [
					{
						"$ref": "PresentmentCurrency"
					},
					{
						"type": "null"
					}
				]
			},
			"amounts": {
				"anyOf": [
					{
						"type": "object",
						"minProperties": 1,
						"additionalProperties": {
							"type": "integer",
							"minimum": 0,
							"maximum": 999999999999
						},
						"propertyNames": {
							"$ref": "PresentmentCurrency"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"basis_points": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			},
			"products": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"DownloadableFileCreate": {
		"type": "object",
		"required": [
			"name",
			"mime_type",
			"size",
			"upload",
			"service"
		],
		"properties": {
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"type": "string"
			},
			"mime_type": {
				"type": "string"
			},
			"size": {
				"type": "integer"
			},
			"checksum_sha256_base64": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"upload": {
				"$ref": "S3FileCreateMultipart"
			},
			"service": {
				"type": "string",
				"const": "downloadable"
			},
			"version": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"EventCreateCustomer": {
		"type": "object",
		"required": [
			"name",
			"customer_id"
		],
		"properties": {
			"timestamp": {
				"type": "string",
				"format": "date-time"
			},
			"name": {
				"type": "string",
				"maxLength": 128
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"parent_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"$ref": "EventMetadataInput"
			},
			"customer_id": {
				"type": "string",
				"format": "uuid4"
			},
			"member_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"EventCreateExternalCustomer": {
		"type": "object",
		"required": [
			"name",
			"external_customer_id"
		],
		"properties": {
			"timestamp": {
				"type": "string",
				"format": "date-time"
			},
			"name": {
				"type": "string",
				"maxLength": 128
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"parent_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"$ref": "EventMetadataInput"
			},
			"external_customer_id": {
				"type": "string"
			},
			"external_member_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"EventMetadataInput": {
		"type": "object",
		"properties": {
			"_cost": {
				"$ref": "CostMetadata-Input"
			},
			"_llm": {
				"$ref": "LLMMetadata"
			}
		},
		"additionalProperties": {
			"anyOf": [
				{
					"type": "string",
					"minLength": 1,
					"maxLength": 500
				},
				{
					"type": "integer"
				},
				{
					"type": "number"
				},
				{
					"type": "boolean"
				}
			]
		}
	},
	"EventTypeUpdate": {
		"type": "object",
		"required": [
			"label"
		],
		"properties": {
			"label": {
				"type": "string",
				"minLength": 1,
				"maxLength": 128
			},
			"label_property_selector": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1,
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"EventsIngest": {
		"type": "object",
		"required": [
			"events"
		],
		"properties": {
			"events": {
				"type": "array",
				"items": {
					"anyOf": [
						{
							"$ref": "EventCreateCustomer"
						},
						{
							"$ref": "EventCreateExternalCustomer"
						}
					]
				}
			}
		}
	},
	"ExistingProductPrice": {
		"type": "object",
		"required": [
			"id"
		],
		"properties": {
			"id": {
				"type": "string",
				"format": "uuid4"
			}
		}
	},
	"FileCreate": {
		"anyOf": [
			{
				"$ref": "DownloadableFileCreate"
			},
			{
				"$ref": "ProductMediaFileCreate"
			},
			{
				"$ref": "OrganizationAvatarFileCreate"
			},
			{
				"$ref": "SupportCaseAttachmentFileCreate"
			}
		],
		"discriminator": {
			"propertyName": "service",
			"mapping": {
				"downloadable": "DownloadableFileCreate",
				"organization_avatar": "OrganizationAvatarFileCreate",
				"product_media": "ProductMediaFileCreate",
				"support_case_attachment": "SupportCaseAttachmentFileCreate"
			}
		}
	},
	"FilePatch": {
		"type": "object",
		"properties": {
			"name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"version": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"FileUploadCompleted": {
		"type": "object",
		"required": [
			"id",
			"path",
			"parts"
		],
		"properties": {
			"id": {
				"type": "string"
			},
			"path": {
				"type": "string"
			},
			"parts": {
				"type": "array",
				"items": {
					"$ref": "S3FileUploadCompletedPart"
				}
			}
		}
	},
	"Filter": {
		"type": "object",
		"required": [
			"conjunction",
			"clauses"
		],
		"properties": {
			"conjunction": {
				"$ref": "FilterConjunction"
			},
			"clauses": {
				"type": "array",
				"items": {
					"anyOf": [
						{
							"$ref": "FilterClause"
						},
						{
							"$ref": "Filter"
						}
					]
				}
			}
		}
	},
	"FilterClause": {
		"type": "object",
		"required": [
			"property",
			"operator",
			"value"
		],
		"properties": {
			"property": {
				"type": "string"
			},
			"operator": {
				"$ref": "FilterOperator"
			},
			"value": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 1000
					},
					{
						"type": "integer",
						"minimum": -2147483648,
						"maximum": 2147483647
					},
					{
						"type": "boolean"
					}
				]
			}
		}
	},
	"FilterConjunction": {
		"type": "string",
		"enum": [
			"and",
			"or"
		]
	},
	"FilterOperator": {
		"type": "string",
		"enum": [
			"eq",
			"ne",
			"gt",
			"gte",
			"lt",
			"lte",
			"like",
			"not_like"
		]
	},
	"IntrospectTokenRequest": {
		"type": "object",
		"required": [
			"token",
			"client_id",
			"client_secret"
		],
		"properties": {
			"token": {
				"type": "string"
			},
			"token_type_hint": {
				"anyOf": [
					{
						"type": "string",
						"enum": [
							"access_token",
							"refresh_token"
						]
					},
					{
						"type": "null"
					}
				]
			},
			"client_id": {
				"type": "string"
			},
			"client_secret": {
				"type": "string"
			}
		}
	},
	"LLMMetadata": {
		"type": "object",
		"required": [
			"vendor",
			"model",
			"input_tokens",
			"output_tokens",
			"total_tokens"
		],
		"properties": {
			"vendor": {
				"type": "string"
			},
			"model": {
				"type": "string"
			},
			"prompt": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"response": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"input_tokens": {
				"type": "integer"
			},
			"cached_input_tokens": {
				"type": "integer"
			},
			"output_tokens": {
				"type": "integer"
			},
			"total_tokens": {
				"type": "integer"
			}
		}
	},
	"LicenseKeyActivate": {
		"type": "object",
		"required": [
			"key",
			"organization_id",
			"label"
		],
		"properties": {
			"key": {
				"type": "string"
			},
			"organization_id": {
				"type": "string",
				"format": "uuid4"
			},
			"label": {
				"type": "string"
			},
			"conditions": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"meta": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			}
		}
	},
	"LicenseKeyDeactivate": {
		"type": "object",
		"required": [
			"key",
			"organization_id",
			"activation_id"
		],
		"properties": {
			"key": {
				"type": "string"
			},
			"organization_id": {
				"type": "string",
				"format": "uuid4"
			},
			"activation_id": {
				"type": "string",
				"format": "uuid4"
			}
		}
	},
	"LicenseKeyStatus": {
		"type": "string",
		"enum": [
			"granted",
			"revoked",
			"disabled"
		]
	},
	"LicenseKeyUpdate": {
		"type": "object",
		"properties": {
			"status": {
				"anyOf": [
					{
						"$ref": "LicenseKeyStatus"
					},
					{
						"type": "null"
					}
				]
			},
			"usage": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			},
			"limit_activations": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": -2147483648,
						"maximum": 2147483647,
						"exclusiveMinimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"limit_usage": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": -2147483648,
						"maximum": 2147483647,
						"exclusiveMinimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"expires_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"LicenseKeyValidate": {
		"type": "object",
		"required": [
			"key",
			"organization_id"
		],
		"properties": {
			"key": {
				"type": "string"
			},
			"organization_id": {
				"type": "string",
				"format": "uuid4"
			},
			"activation_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"benefit_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"increment_usage": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"conditions": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			}
		}
	},
	"MemberCreateFromCustomer": {
		"type": "object",
		"required": [
			"email"
		],
		"properties": {
			"email": {
				"type": "string",
				"format": "email"
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"role": {
				"type": "string",
				"enum": [
					"member",
					"billing_manager"
				]
			}
		}
	},
	"MemberOwnerCreate": {
		"type": "object",
		"required": [
			"email"
		],
		"properties": {
			"email": {
				"type": "string",
				"format": "email"
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"external_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"MemberRole": {
		"type": "string",
		"enum": [
			"owner",
			"billing_manager",
			"member"
		]
	},
	"MemberUpdate": {
		"type": "object",
		"properties": {
			"name": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 256
					},
					{
						"type": "null"
					}
				]
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"role": {
				"anyOf": [
					{
						"$ref": "MemberRole"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"MeterCreate": {
		"type": "object",
		"required": [
			"name",
			"filter",
			"aggregation"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"type": "string",
				"minLength": 3
			},
			"unit": {
				"$ref": "MeterUnit"
			},
			"custom_label": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"custom_multiplier": {
				"anyOf": [
					{
						"type": "integer",
						"exclusiveMinimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"filter": {
				"$ref": "Filter"
			},
			"aggregation": {
				"anyOf": [
					{
						"$ref": "CountAggregation"
					},
					{
						"$ref": "PropertyAggregation"
					},
					{
						"$ref": "UniqueAggregation"
					}
				],
				"discriminator": {
					"propertyName": "func",
					"mapping": {
						"avg": "PropertyAggregation",
						"count": "CountAggregation",
						"max": "PropertyAggregation",
						"min": "PropertyAggregation",
						"sum": "PropertyAggregation",
						"unique": "UniqueAggregation"
					}
				}
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"MeterUnit": {
		"type": "string",
		"enum": [
			"scalar",
			"token",
			"custom"
		]
	},
	"MeterUpdate": {
		"type": "object",
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3
					},
					{
						"type": "null"
					}
				]
			},
			"unit": {
				"anyOf": [
					{
						"$ref": "MeterUnit"
					},
					{
						"type": "null"
					}
				]
			},
			"custom_label": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"custom_multiplier": {
				"anyOf": [
					{
						"type": "integer",
						"exclusiveMinimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"filter": {
				"anyOf": [
					{
						"$ref": "Filter"
					},
					{
						"type": "null"
					}
				]
			},
			"aggregation": {
				"anyOf": [
					{
						"anyOf": [
							{
								"$ref": "CountAggregation"
							},
							{
								"$ref": "PropertyAggregation"
							},
							{
								"$ref": "UniqueAggregation"
							}
						],
						"discriminator": {
							"propertyName": "func",
							"mapping": {
								"avg": "PropertyAggregation",
								"count": "CountAggregation",
								"max": "PropertyAggregation",
								"min": "PropertyAggregation",
								"sum": "PropertyAggregation",
								"unique": "UniqueAggregation"
							}
						}
					},
					{
						"type": "null"
					}
				]
			},
			"is_archived": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"MetricDashboardCreate": {
		"type": "object",
		"required": [
			"name"
		],
		"properties": {
			"name": {
				"type": "string",
				"minLength": 1
			},
			"metrics": {
				"type": "array",
				"maxItems": 10,
				"items": {
					"type": "string"
				}
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"MetricDashboardUpdate": {
		"type": "object",
		"properties": {
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 1
					},
					{
						"type": "null"
					}
				]
			},
			"metrics": {
				"anyOf": [
					{
						"type": "array",
						"maxItems": 10,
						"items": {
							"type": "string"
						}
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OAuth2ClientConfiguration": {
		"type": "object",
		"required": [
			"redirect_uris",
			"client_name"
		],
		"properties": {
			"redirect_uris": {
				"type": "array",
				"items": {
					"type": "string",
					"format": "uri",
					"minLength": 1
				}
			},
			"token_endpoint_auth_method": {
				"type": "string",
				"enum": [
					"client_secret_basic",
					"client_secret_post",
					"none"
				]
			},
			"grant_types": {
				"type": "array",
				"items": {
					"type": "string",
					"enum": [
						"authorization_code",
						"refresh_token"
					]
				}
			},
			"response_types": {
				"type": "array",
				"items": {
					"type": "string",
					"const": "code"
				}
			},
			"scope": {
				"type": "string"
			},
			"client_name": {
				"type": "string"
			},
			"client_uri": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"logo_uri": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"tos_uri": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"policy_uri": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"default_sub_type": {
				"$ref": "SubType"
			}
		}
	},
	"OAuth2ClientConfigurationUpdate": {
		"type": "object",
		"required": [
			"redirect_uris",
			"client_name",
			"client_id"
		],
		"properties": {
			"redirect_uris": {
				"type": "array",
				"items": {
					"type": "string",
					"format": "uri",
					"minLength": 1
				}
			},
			"token_endpoint_auth_method": {
				"type": "string",
				"enum": [
					"client_secret_basic",
					"client_secret_post",
					"none"
				]
			},
			"grant_types": {
				"type": "array",
				"items": {
					"type": "string",
					"enum": [
						"authorization_code",
						"refresh_token"
					]
				}
			},
			"response_types": {
				"type": "array",
				"items": {
					"type": "string",
					"const": "code"
				}
			},
			"scope": {
				"type": "string"
			},
			"client_name": {
				"type": "string"
			},
			"client_uri": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"logo_uri": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"tos_uri": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"policy_uri": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"default_sub_type": {
				"$ref": "SubType"
			},
			"client_id": {
				"type": "string"
			}
		}
	},
	"OrderCreate": {
		"type": "object",
		"required": [
			"customer_id",
			"product_id"
		],
		"properties": {
			"custom_field_data": {
				"type": "object",
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string"
						},
						{
							"type": "integer"
						},
						{
							"type": "boolean"
						},
						{
							"type": "string",
							"format": "date-time"
						},
						{
							"type": "null"
						}
					]
				}
			},
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_id": {
				"type": "string",
				"format": "uuid4"
			},
			"product_id": {
				"type": "string",
				"format": "uuid4"
			},
			"currency": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"description": {
				"anyOf": [
					{
						"type": "string",
						"maxLength": 500
					},
					{
						"type": "null"
					}
				]
			},
			"units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrderFinalize": {
		"type": "object",
		"properties": {
			"payment_method_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrderUpdate": {
		"type": "object",
		"properties": {
			"billing_name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"billing_address": {
				"anyOf": [
					{
						"$ref": "AddressInput"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrganizationAvatarFileCreate": {
		"type": "object",
		"required": [
			"name",
			"mime_type",
			"size",
			"upload",
			"service"
		],
		"properties": {
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"type": "string"
			},
			"mime_type": {
				"type": "string",
				"pattern": "^image\\/(jpeg|png|gif|webp|svg\\+xml)$"
			},
			"size": {
				"type": "integer",
				"maximum": 1048576
			},
			"checksum_sha256_base64": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"upload": {
				"$ref": "S3FileCreateMultipart"
			},
			"service": {
				"type": "string",
				"const": "organization_avatar"
			},
			"version": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrganizationCompanyLegalEntitySchema": {
		"type": "object",
		"required": [
			"type",
			"registered_name"
		],
		"properties": {
			"type": {
				"type": "string",
				"const": "company"
			},
			"registered_name": {
				"type": "string"
			}
		}
	},
	"OrganizationCreate": {
		"type": "object",
		"required": [
			"name",
			"slug"
		],
		"properties": {
			"name": {
				"type": "string",
				"minLength": 3
			},
			"slug": {
				"type": "string",
				"minLength": 3,
				"maxLength": 64
			},
			"avatar_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"legal_entity": {
				"anyOf": [
					{
						"anyOf": [
							{
								"$ref": "OrganizationIndividualLegalEntitySchema"
							},
							{
								"$ref": "OrganizationCompanyLegalEntitySchema"
							}
						],
						"discriminator": {
							"propertyName": "type",
							"mapping": {
								"company": "OrganizationCompanyLegalEntitySchema",
								"individual": "OrganizationIndividualLegalEntitySchema"
							}
						}
					},
					{
						"type": "null"
					}
				]
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"website": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"socials": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"$ref": "OrganizationSocialLink"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"details": {
				"anyOf": [
					{
						"$ref": "OrganizationDetails"
					},
					{
						"type": "null"
					}
				]
			},
			"country": {
				"anyOf": [
					{
						"type": "string",
						"enum": [
							"AD",
							"AE",
							"AF",
							"AG",
							"AI",
							"AL",
							"AM",
							"AO",
							"AQ",
							"AR",
							"AS",
							"AT",
							"AU",
							"AW",
							"AX",
							"AZ",
							"BA",
							"BB",
							"BD",
							"BE",
							"BF",
							"BG",
							"BH",
							"BI",
							"BJ",
							"BL",
							"BM",
							"BN",
							"BO",
							"BQ",
							"BR",
							"BS",
							"BT",
							"BV",
							"BW",
							"BY",
							"BZ",
							"CA",
							"CC",
							"CD",
							"CF",
							"CG",
							"CH",
							"CI",
							"CK",
							"CL",
							"CM",
							"CN",
							"CO",
							"CR",
							"CV",
							"CW",
							"CX",
							"CY",
							"CZ",
							"DE",
							"DJ",
							"DK",
							"DM",
							"DO",
							"DZ",
							"EC",
							"EE",
							"EG",
							"EH",
							"ER",
							"ES",
							"ET",
							"FI",
							"FJ",
							"FK",
							"FM",
							"FO",
							"FR",
							"GA",
							"GB",
							"GD",
							"GE",
							"GF",
							"GG",
							"GH",
							"GI",
							"GL",
							"GM",
							"GN",
							"GP",
							"GQ",
							"GR",
							"GS",
							"GT",
							"GU",
							"GW",
							"GY",
							"HK",
							"HM",
							"HN",
							"HR",
							"HT",
							"HU",
							"ID",
							"IE",
							"IL",
							"IM",
							"IN",
							"IO",
							"IQ",
							"IS",
							"IT",
							"JE",
							"JM",
							"JO",
							"JP",
							"KE",
							"KG",
							"KH",
							"KI",
							"KM",
							"KN",
							"KR",
							"KW",
							"KY",
							"KZ",
							"LA",
							"LB",
							"LC",
							"LI",
							"LK",
							"LR",
							"LS",
							"LT",
							"LU",
							"LV",
							"LY",
							"MA",
							"MC",
							"MD",
							"ME",
							"MF",
							"MG",
							"MH",
							"MK",
							"ML",
							"MM",
							"MN",
							"MO",
							"MP",
							"MQ",
							"MR",
							"MS",
							"MT",
							"MU",
							"MV",
							"MW",
							"MX",
							"MY",
							"MZ",
							"NA",
							"NC",
							"NE",
							"NF",
							"NG",
							"NI",
							"NL",
							"NO",
							"NP",
							"NR",
							"NU",
							"NZ",
							"OM",
							"PA",
							"PE",
							"PF",
							"PG",
							"PH",
							"PK",
							"PL",
							"PM",
							"PN",
							"PR",
							"PS",
							"PT",
							"PW",
							"PY",
							"QA",
							"RE",
							"RO",
							"RS",
							"RW",
							"SA",
							"SB",
							"SC",
							"SD",
							"SE",
							"SG",
							"SH",
							"SI",
							"SJ",
							"SK",
							"SL",
							"SM",
							"SN",
							"SO",
							"SR",
							"SS",
							"ST",
							"SV",
							"SX",
							"SZ",
							"TC",
							"TD",
							"TF",
							"TG",
							"TH",
							"TJ",
							"TK",
							"TL",
							"TM",
							"TN",
							"TO",
							"TR",
							"TT",
							"TV",
							"TW",
							"TZ",
							"UA",
							"UG",
							"UM",
							"US",
							"UY",
							"UZ",
							"VA",
							"VC",
							"VE",
							"VG",
							"VI",
							"VN",
							"VU",
							"WF",
							"WS",
							"YE",
							"YT",
							"ZA",
							"ZM",
							"ZW"
						]
					},
					{
						"type": "null"
					}
				]
			},
			"feature_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationFeatureSettingsUpdate"
					},
					{
						"type": "null"
					}
				]
			},
			"subscription_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationSubscriptionSettings"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_email_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationCustomerEmailSettings"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_portal_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationCustomerPortalSettings"
					},
					{
						"type": "null"
					}
				]
			},
			"default_presentment_currency": {
				"$ref": "PresentmentCurrency"
			},
			"default_tax_behavior": {
				"$ref": "TaxBehaviorOption"
			}
		}
	},
	"OrganizationCustomerEmailSettings": {
		"type": "object",
		"required": [
			"order_confirmation",
			"payment_method_expiration_reminder",
			"subscription_cancellation",
			"subscription_confirmation",
			"subscription_cycled",
			"subscription_cycled_after_trial",
			"subscription_past_due",
			"subscription_paused",
			"subscription_resumed",
			"subscription_renewal_reminder",
			"subscription_revoked",
			"subscription_trial_conversion_reminder",
			"subscription_uncanceled",
			"subscription_updated"
		],
		"properties": {
			"order_confirmation": {
				"type": "boolean"
			},
			"payment_method_expiration_reminder": {
				"type": "boolean"
			},
			"subscription_cancellation": {
				"type": "boolean"
			},
			"subscription_confirmation": {
				"type": "boolean"
			},
			"subscription_cycled": {
				"type": "boolean"
			},
			"subscription_cycled_after_trial": {
				"type": "boolean"
			},
			"subscription_past_due": {
				"type": "boolean"
			},
			"subscription_paused": {
				"type": "boolean"
			},
			"subscription_resumed": {
				"type": "boolean"
			},
			"subscription_renewal_reminder": {
				"type": "boolean"
			},
			"subscription_revoked": {
				"type": "boolean"
			},
			"subscription_trial_conversion_reminder": {
				"type": "boolean"
			},
			"subscription_uncanceled": {
				"type": "boolean"
			},
			"subscription_updated": {
				"type": "boolean"
			}
		}
	},
	"OrganizationCustomerPortalSettings": {
		"type": "object",
		"required": [
			"usage",
			"subscription"
		],
		"properties": {
			"usage": {
				"$ref": "CustomerPortalUsageSettings"
			},
			"subscription": {
				"$ref": "CustomerPortalSubscriptionSettings"
			},
			"customer": {
				"$ref": "CustomerPortalCustomerSettings"
			}
		}
	},
	"OrganizationDetails": {
		"type": "object",
		"properties": {
			"about": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"product_description": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"selling_categories": {
				"type": "array",
				"items": {
					"type": "string"
				}
			},
			"pricing_models": {
				"type": "array",
				"items": {
					"type": "string"
				}
			},
			"intended_use": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_acquisition": {
				"type": "array",
				"items": {
					"type": "string"
				}
			},
			"future_annual_revenue": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"switching": {
				"type": "boolean"
			},
			"switching_from": {
				"anyOf": [
					{
						"type": "string",
						"enum": [
							"paddle",
							"lemon_squeezy",
							"gumroad",
							"stripe",
							"other"
						]
					},
					{
						"type": "null"
					}
				]
			},
			"previous_annual_revenue": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrganizationDisputeSettingsUpdate": {
		"type": "object",
		"properties": {
			"auto_accept_below_amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 10000
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrganizationFeatureSettingsUpdate": {
		"type": "object",
		"properties": {
			"member_model_enabled": {
				"type": "boolean"
			},
			"checkout_localization_enabled": {
				"type": "boolean"
			},
			"overview_metrics": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string"
						}
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"OrganizationIndividualLegalEntitySchema": {
		"type": "object",
		"required": [
			"type"
		],
		"properties": {
			"type": {
				"type": "string",
				"const": "individual"
			}
		}
	},
	"OrganizationSocialLink": {
		"type": "object",
		"required": [
			"platform",
			"url"
		],
		"properties": {
			"platform": {
				"$ref": "OrganizationSocialPlatforms"
			},
			"url": {
				"type": "string",
				"format": "uri",
				"minLength": 1,
				"maxLength": 2083
			}
		}
	},
	"OrganizationSocialPlatforms": {
		"type": "string",
		"enum": [
			"x",
			"github",
			"facebook",
			"instagram",
			"youtube",
			"tiktok",
			"linkedin",
			"threads",
			"discord",
			"other"
		]
	},
	"OrganizationSubscriptionSettings": {
		"type": "object",
		"required": [
			"allow_multiple_subscriptions",
			"proration_behavior",
			"benefit_revocation_grace_period",
			"prevent_trial_abuse",
			"allow_customer_updates"
		],
		"properties": {
			"allow_multiple_subscriptions": {
				"type": "boolean"
			},
			"proration_behavior": {
				"type": "string",
				"enum": [
					"invoice",
					"prorate",
					"next_period"
				]
			},
			"benefit_revocation_grace_period": {
				"type": "integer"
			},
			"prevent_trial_abuse": {
				"type": "boolean"
			},
			"allow_customer_updates": {
				"type": "boolean"
			}
		}
	},
	"OrganizationUpdate": {
		"type": "object",
		"properties": {
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3
					},
					{
						"type": "null"
					}
				]
			},
			"avatar_url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"website": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"socials": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"$ref": "OrganizationSocialLink"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"details": {
				"anyOf": [
					{
						"$ref": "OrganizationDetails"
					},
					{
						"type": "null"
					}
				]
			},
			"country": {
				"anyOf": [
					{
						"type": "string",
						"enum": [
							"AD",
							"AE",
							"AF",
							"AG",
							"AI",
							"AL",
							"AM",
							"AO",
							"AQ",
							"AR",
							"AS",
							"AT",
							"AU",
							"AW",
							"AX",
							"AZ",
							"BA",
							"BB",
							"BD",
							"BE",
							"BF",
							"BG",
							"BH",
							"BI",
							"BJ",
							"BL",
							"BM",
							"BN",
							"BO",
							"BQ",
							"BR",
							"BS",
							"BT",
							"BV",
							"BW",
							"BY",
							"BZ",
							"CA",
							"CC",
							"CD",
							"CF",
							"CG",
							"CH",
							"CI",
							"CK",
							"CL",
							"CM",
							"CN",
							"CO",
							"CR",
							"CV",
							"CW",
							"CX",
							"CY",
							"CZ",
							"DE",
							"DJ",
							"DK",
							"DM",
							"DO",
							"DZ",
							"EC",
							"EE",
							"EG",
							"EH",
							"ER",
							"ES",
							"ET",
							"FI",
							"FJ",
							"FK",
							"FM",
							"FO",
							"FR",
							"GA",
							"GB",
							"GD",
							"GE",
							"GF",
							"GG",
							"GH",
							"GI",
							"GL",
							"GM",
							"GN",
							"GP",
							"GQ",
							"GR",
							"GS",
							"GT",
							"GU",
							"GW",
							"GY",
							"HK",
							"HM",
							"HN",
							"HR",
							"HT",
							"HU",
							"ID",
							"IE",
							"IL",
							"IM",
							"IN",
							"IO",
							"IQ",
							"IS",
							"IT",
							"JE",
							"JM",
							"JO",
							"JP",
							"KE",
							"KG",
							"KH",
							"KI",
							"KM",
							"KN",
							"KR",
							"KW",
							"KY",
							"KZ",
							"LA",
							"LB",
							"LC",
							"LI",
							"LK",
							"LR",
							"LS",
							"LT",
							"LU",
							"LV",
							"LY",
							"MA",
							"MC",
							"MD",
							"ME",
							"MF",
							"MG",
							"MH",
							"MK",
							"ML",
							"MM",
							"MN",
							"MO",
							"MP",
							"MQ",
							"MR",
							"MS",
							"MT",
							"MU",
							"MV",
							"MW",
							"MX",
							"MY",
							"MZ",
							"NA",
							"NC",
							"NE",
							"NF",
							"NG",
							"NI",
							"NL",
							"NO",
							"NP",
							"NR",
							"NU",
							"NZ",
							"OM",
							"PA",
							"PE",
							"PF",
							"PG",
							"PH",
							"PK",
							"PL",
							"PM",
							"PN",
							"PR",
							"PS",
							"PT",
							"PW",
							"PY",
							"QA",
							"RE",
							"RO",
							"RS",
							"RW",
							"SA",
							"SB",
							"SC",
							"SD",
							"SE",
							"SG",
							"SH",
							"SI",
							"SJ",
							"SK",
							"SL",
							"SM",
							"SN",
							"SO",
							"SR",
							"SS",
							"ST",
							"SV",
							"SX",
							"SZ",
							"TC",
							"TD",
							"TF",
							"TG",
							"TH",
							"TJ",
							"TK",
							"TL",
							"TM",
							"TN",
							"TO",
							"TR",
							"TT",
							"TV",
							"TW",
							"TZ",
							"UA",
							"UG",
							"UM",
							"US",
							"UY",
							"UZ",
							"VA",
							"VC",
							"VE",
							"VG",
							"VI",
							"VN",
							"VU",
							"WF",
							"WS",
							"YE",
							"YT",
							"ZA",
							"ZM",
							"ZW"
						]
					},
					{
						"type": "null"
					}
				]
			},
			"feature_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationFeatureSettingsUpdate"
					},
					{
						"type": "null"
					}
				]
			},
			"subscription_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationSubscriptionSettings"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_email_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationCustomerEmailSettings"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_portal_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationCustomerPortalSettings"
					},
					{
						"type": "null"
					}
				]
			},
			"dispute_settings": {
				"anyOf": [
					{
						"$ref": "OrganizationDisputeSettingsUpdate"
					},
					{
						"type": "null"
					}
				]
			},
			"embed_hosts": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"default_presentment_currency": {
				"anyOf": [
					{
						"$ref": "PresentmentCurrency"
					},
					{
						"type": "null"
					}
				]
			},
			"default_tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"sso_enforced": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"PaymentProcessor": {
		"type": "string",
		"enum": [
			"stripe"
		]
	},
	"PresentmentCurrency": {
		"type": "string",
		"enum": [
			"aed",
			"all",
			"amd",
			"aoa",
			"ars",
			"aud",
			"awg",
			"azn",
			"bam",
			"bbd",
			"bdt",
			"bif",
			"bmd",
			"bnd",
			"bob",
			"brl",
			"bsd",
			"bwp",
			"bzd",
			"cad",
			"cdf",
			"chf",
			"clp",
			"cny",
			"cop",
			"crc",
			"cve",
			"czk",
			"djf",
			"dkk",
			"dop",
			"dzd",
			"egp",
			"etb",
			"eur",
			"fjd",
			"fkp",
			"gbp",
			"gel",
			"gip",
			"gmd",
			"gnf",
			"gtq",
			"gyd",
			"hkd",
			"hnl",
			"htg",
			"huf",
			"idr",
			"ils",
			"inr",
			"isk",
			"jmd",
			"jpy",
			"kes",
			"kgs",
			"khr",
			"kmf",
			"krw",
			"kyd",
			"kzt",
			"lak",
			"lkr",
			"lrd",
			"lsl",
			"mad",
			"mdl",
			"mga",
			"mkd",
			"mnt",
			"mop",
			"mur",
			"mvr",
			"mwk",
			"mxn",
			"myr",
			"mzn",
			"nad",
			"ngn",
			"nio",
			"nok",
			"npr",
			"nzd",
			"pab",
			"pen",
			"pgk",
			"php",
			"pkr",
			"pln",
			"pyg",
			"qar",
			"ron",
			"rsd",
			"rwf",
			"sar",
			"sbd",
			"scr",
			"sek",
			"sgd",
			"shp",
			"sos",
			"srd",
			"szl",
			"thb",
			"tjs",
			"top",
			"try",
			"ttd",
			"twd",
			"tzs",
			"uah",
			"ugx",
			"usd",
			"uyu",
			"uzs",
			"vnd",
			"vuv",
			"wst",
			"xaf",
			"xcd",
			"xcg",
			"xof",
			"xpf",
			"yer",
			"zar",
			"zmw"
		]
	},
	"ProductBenefitsUpdate": {
		"type": "object",
		"required": [
			"benefits"
		],
		"properties": {
			"benefits": {
				"type": "array",
				"items": {
					"type": "string",
					"format": "uuid4"
				}
			}
		}
	},
	"ProductCreate": {
		"anyOf": [
			{
				"$ref": "ProductCreateRecurring"
			},
			{
				"$ref": "ProductCreateOneTime"
			}
		]
	},
	"ProductCreateOneTime": {
		"type": "object",
		"required": [
			"name",
			"prices"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"type": "string",
				"minLength": 3,
				"maxLength": 64
			},
			"description": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"$ref": "ProductVisibility"
			},
			"prices": {
				"type": "array",
				"minItems": 1,
				"items": {
					"$ref": "ProductPriceCreate"
				}
			},
			"medias": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"attached_custom_fields": {
				"type": "array",
				"items": {
					"$ref": "AttachedCustomFieldCreate"
				}
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"recurring_interval": {
				"type": "null"
			},
			"recurring_interval_count": {
				"type": "null"
			}
		}
	},
	"ProductCreateRecurring": {
		"type": "object",
		"required": [
			"name",
			"prices",
			"recurring_interval"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"name": {
				"type": "string",
				"minLength": 3,
				"maxLength": 64
			},
			"description": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"$ref": "ProductVisibility"
			},
			"prices": {
				"type": "array",
				"minItems": 1,
				"items": {
					"$ref": "ProductPriceCreate"
				}
			},
			"medias": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"attached_custom_fields": {
				"type": "array",
				"items": {
					"$ref": "AttachedCustomFieldCreate"
				}
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"recurring_interval": {
				"$ref": "RecurringInterval"
			},
			"recurring_interval_count": {
				"type": "integer",
				"minimum": 1,
				"maximum": 999
			},
			"meter_interval": {
				"anyOf": [
					{
						"$ref": "RecurringInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"meter_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 999
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductMediaFileCreate": {
		"type": "object",
		"required": [
			"name",
			"mime_type",
			"size",
			"upload",
			"service"
		],
		"properties": {
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"type": "string"
			},
			"mime_type": {
				"type": "string",
				"pattern": "^image\\/(jpeg|png|gif|webp|svg\\+xml)$"
			},
			"size": {
				"type": "integer",
				"maximum": 10485760
			},
			"checksum_sha256_base64": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"upload": {
				"$ref": "S3FileCreateMultipart"
			},
			"service": {
				"type": "string",
				"const": "product_media"
			},
			"version": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductPriceCreate": {
		"anyOf": [
			{
				"$ref": "ProductPriceFixedCreate"
			},
			{
				"$ref": "ProductPriceCustomCreate"
			},
			{
				"$ref": "ProductPriceSeatBasedCreate"
			},
			{
				"$ref": "ProductPriceUnitBasedCreate"
			},
			{
				"$ref": "ProductPriceMeteredUnitCreate"
			},
			{
				"$ref": "ProductPriceMeteredTiersCreate"
			}
		],
		"discriminator": {
			"propertyName": "amount_type",
			"mapping": {
				"custom": "ProductPriceCustomCreate",
				"fixed": "ProductPriceFixedCreate",
				"metered_tiers": "ProductPriceMeteredTiersCreate",
				"metered_unit": "ProductPriceMeteredUnitCreate",
				"seat_based": "ProductPriceSeatBasedCreate",
				"unit_based": "ProductPriceUnitBasedCreate"
			}
		}
	},
	"ProductPriceCustomCreate": {
		"type": "object",
		"required": [
			"amount_type"
		],
		"properties": {
			"amount_type": {
				"type": "string",
				"const": "custom"
			},
			"price_currency": {
				"$ref": "PresentmentCurrency"
			},
			"tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"minimum_amount": {
				"type": "integer",
				"minimum": 0
			},
			"maximum_amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1
					},
					{
						"type": "null"
					}
				]
			},
			"preset_amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductPriceFixedCreate": {
		"type": "object",
		"required": [
			"amount_type",
			"price_amount"
		],
		"properties": {
			"amount_type": {
				"type": "string",
				"const": "fixed"
			},
			"price_currency": {
				"$ref": "PresentmentCurrency"
			},
			"tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"price_amount": {
				"type": "integer",
				"minimum": 0
			}
		}
	},
	"ProductPriceMeteredTiersCreate": {
		"type": "object",
		"required": [
			"amount_type",
			"meter_id",
			"tiers"
		],
		"properties": {
			"amount_type": {
				"type": "string",
				"const": "metered_tiers"
			},
			"price_currency": {
				"$ref": "PresentmentCurrency"
			},
			"tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"meter_id": {
				"type": "string",
				"format": "uuid4"
			},
			"tiers": {
				"$ref": "TiersInput"
			},
			"cap_amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductPriceMeteredUnitCreate": {
		"type": "object",
		"required": [
			"amount_type",
			"meter_id",
			"unit_amount"
		],
		"properties": {
			"amount_type": {
				"type": "string",
				"const": "metered_unit"
			},
			"price_currency": {
				"$ref": "PresentmentCurrency"
			},
			"tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"meter_id": {
				"type": "string",
				"format": "uuid4"
			},
			"unit_amount": {
				"anyOf": [
					{
						"type": "number",
						"exclusiveMinimum": 0
					},
					{
						"type": "string",
						"pattern": "^(?!^[-+.]*$)[+-]?0*(?:\\d{0,5}|(?=[\\d.]{1,18}0*$)\\d{0,5}\\.\\d{0,12}0*$)"
					}
				]
			},
			"cap_amount": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 0,
						"maximum": 2147483647
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductPriceSeatBasedCreate": {
		"type": "object",
		"required": [
			"amount_type",
			"seat_tiers"
		],
		"properties": {
			"amount_type": {
				"type": "string",
				"const": "seat_based"
			},
			"price_currency": {
				"$ref": "PresentmentCurrency"
			},
			"tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"seat_tiers": {
				"$ref": "ProductPriceSeatTiers-Input"
			}
		}
	},
	"ProductPriceSeatTier": {
		"type": "object",
		"required": [
			"min_seats",
			"price_per_seat"
		],
		"properties": {
			"min_seats": {
				"type": "integer",
				"minimum": 1
			},
			"max_seats": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1
					},
					{
						"type": "null"
					}
				]
			},
			"price_per_seat": {
				"type": "integer",
				"minimum": 0
			}
		}
	},
	"ProductPriceSeatTiers-Input": {
		"type": "object",
		"required": [
			"tiers"
		],
		"properties": {
			"seat_tier_type": {
				"$ref": "SeatTierType"
			},
			"tiers": {
				"type": "array",
				"minItems": 1,
				"items": {
					"$ref": "ProductPriceSeatTier"
				}
			}
		}
	},
	"ProductPriceUnitBasedCreate": {
		"type": "object",
		"required": [
			"amount_type",
			"tiers"
		],
		"properties": {
			"amount_type": {
				"type": "string",
				"const": "unit_based"
			},
			"price_currency": {
				"$ref": "PresentmentCurrency"
			},
			"tax_behavior": {
				"anyOf": [
					{
						"$ref": "TaxBehaviorOption"
					},
					{
						"type": "null"
					}
				]
			},
			"tiers": {
				"$ref": "TiersInput"
			},
			"minimum_units": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1
					},
					{
						"type": "null"
					}
				]
			},
			"unit_label": {
				"anyOf": [
					{
						"type": "object",
						"additionalProperties": {
							"type": "object",
							"additionalProperties": {
								"type": "string"
							}
						}
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductUpdate": {
		"type": "object",
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"trial_interval": {
				"anyOf": [
					{
						"$ref": "TrialInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 1000
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"anyOf": [
					{
						"type": "string",
						"minLength": 3,
						"maxLength": 64
					},
					{
						"type": "null"
					}
				]
			},
			"description": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"recurring_interval": {
				"anyOf": [
					{
						"$ref": "RecurringInterval"
					},
					{
						"type": "null"
					}
				]
			},
			"recurring_interval_count": {
				"anyOf": [
					{
						"type": "integer",
						"minimum": 1,
						"maximum": 999
					},
					{
						"type": "null"
					}
				]
			},
			"is_archived": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"visibility": {
				"anyOf": [
					{
						"$ref": "ProductVisibility"
					},
					{
						"type": "null"
					}
				]
			},
			"prices": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"anyOf": [
								{
									"$ref": "ExistingProductPrice"
								},
								{
									"$ref": "ProductPriceCreate"
								}
							]
						}
					},
					{
						"type": "null"
					}
				]
			},
			"medias": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"type": "string",
							"format": "uuid4"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"attached_custom_fields": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"$ref": "AttachedCustomFieldCreate"
						}
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"ProductVisibility": {
		"type": "string",
		"enum": [
			"draft",
			"private",
			"public"
		]
	},
	"PropertyAggregation": {
		"type": "object",
		"required": [
			"func",
			"property"
		],
		"properties": {
			"func": {
				"type": "string",
				"enum": [
					"sum",
					"max",
					"min",
					"avg"
				]
			},
			"property": {
				"type": "string"
			}
		}
	},
	"RecurringInterval": {
		"type": "string",
		"enum": [
			"day",
			"week",
			"month",
			"year"
		]
	},
	"RefreshTokenRequest": {
		"type": "object",
		"required": [
			"grant_type",
			"client_id",
			"client_secret",
			"refresh_token"
		],
		"properties": {
			"grant_type": {
				"type": "string",
				"const": "refresh_token"
			},
			"client_id": {
				"type": "string"
			},
			"client_secret": {
				"type": "string"
			},
			"refresh_token": {
				"type": "string"
			}
		}
	},
	"RefundCreate": {
		"type": "object",
		"required": [
			"order_id",
			"reason",
			"amount"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"order_id": {
				"type": "string",
				"format": "uuid4"
			},
			"reason": {
				"type": "string",
				"enum": [
					"duplicate",
					"fraudulent",
					"customer_request",
					"service_disruption",
					"satisfaction_guarantee",
					"other"
				]
			},
			"amount": {
				"type": "integer",
				"exclusiveMinimum": 0
			},
			"comment": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"revoke_benefits": {
				"type": "boolean"
			}
		}
	},
	"RevokeTokenRequest": {
		"type": "object",
		"required": [
			"token",
			"client_id",
			"client_secret"
		],
		"properties": {
			"token": {
				"type": "string"
			},
			"token_type_hint": {
				"anyOf": [
					{
						"type": "string",
						"enum": [
							"access_token",
							"refresh_token"
						]
					},
					{
						"type": "null"
					}
				]
			},
			"client_id": {
				"type": "string"
			},
			"client_secret": {
				"type": "string"
			}
		}
	},
	"S3FileCreateMultipart": {
		"type": "object",
		"required": [
			"parts"
		],
		"properties": {
			"parts": {
				"type": "array",
				"maxItems": 10000,
				"items": {
					"$ref": "S3FileCreatePart"
				}
			}
		}
	},
	"S3FileCreatePart": {
		"type": "object",
		"required": [
			"number",
			"chunk_start",
			"chunk_end"
		],
		"properties": {
			"number": {
				"type": "integer"
			},
			"chunk_start": {
				"type": "integer"
			},
			"chunk_end": {
				"type": "integer"
			},
			"checksum_sha256_base64": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"S3FileUploadCompletedPart": {
		"type": "object",
		"required": [
			"number",
			"checksum_etag",
			"checksum_sha256_base64"
		],
		"properties": {
			"number": {
				"type": "integer"
			},
			"checksum_etag": {
				"type": "string"
			},
			"checksum_sha256_base64": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"SeatAssign": {
		"type": "object",
		"properties": {
			"subscription_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"order_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"email": {
				"anyOf": [
					{
						"type": "string",
						"format": "email"
					},
					{
						"type": "null"
					}
				]
			},
			"external_customer_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"external_member_id": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"member_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid"
					},
					{
						"type": "null"
					}
				]
			},
			"metadata": {
				"anyOf": [
					{
						"type": "object",
						"additionalProperties": true
					},
					{
						"type": "null"
					}
				]
			},
			"immediate_claim": {
				"type": "boolean"
			}
		}
	},
	"SeatClaim": {
		"type": "object",
		"required": [
			"invitation_token"
		],
		"properties": {
			"invitation_token": {
				"type": "string"
			}
		}
	},
	"SeatTierType": {
		"type": "string",
		"enum": [
			"volume",
			"graduated"
		]
	},
	"SubType": {
		"type": "string",
		"enum": [
			"user",
			"organization"
		]
	},
	"SubscriptionCancel": {
		"type": "object",
		"required": [
			"cancel_at_period_end"
		],
		"properties": {
			"customer_cancellation_reason": {
				"anyOf": [
					{
						"$ref": "CustomerCancellationReason"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_cancellation_comment": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"cancel_at_period_end": {
				"type": "boolean"
			}
		},
		"additionalProperties": false
	},
	"SubscriptionCreateCustomer": {
		"type": "object",
		"required": [
			"product_id",
			"customer_id"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"product_id": {
				"type": "string",
				"format": "uuid4"
			},
			"customer_id": {
				"type": "string",
				"format": "uuid4"
			}
		}
	},
	"SubscriptionCreateExternalCustomer": {
		"type": "object",
		"required": [
			"product_id",
			"external_customer_id"
		],
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"product_id": {
				"type": "string",
				"format": "uuid4"
			},
			"external_customer_id": {
				"type": "string"
			}
		}
	},
	"SubscriptionPause": {
		"type": "object",
		"required": [
			"pause_at_period_end"
		],
		"properties": {
			"pause_at_period_end": {
				"type": "boolean"
			},
			"resumes_at": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "null"
					}
				]
			}
		},
		"additionalProperties": false
	},
	"SubscriptionProrationBehavior": {
		"type": "string",
		"enum": [
			"invoice",
			"prorate",
			"next_period",
			"reset"
		]
	},
	"SubscriptionResume": {
		"type": "object",
		"required": [
			"resume"
		],
		"properties": {
			"resume": {
				"type": "boolean",
				"const": true
			}
		},
		"additionalProperties": false
	},
	"SubscriptionRevoke": {
		"type": "object",
		"required": [
			"revoke"
		],
		"properties": {
			"customer_cancellation_reason": {
				"anyOf": [
					{
						"$ref": "CustomerCancellationReason"
					},
					{
						"type": "null"
					}
				]
			},
			"customer_cancellation_comment": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"revoke": {
				"type": "boolean",
				"const": true
			}
		},
		"additionalProperties": false
	},
	"SubscriptionUpdate": {
		"anyOf": [
			{
				"$ref": "SubscriptionUpdateBase"
			},
			{
				"$ref": "SubscriptionUpdateSeats"
			},
			{
				"$ref": "SubscriptionUpdateUnits"
			},
			{
				"$ref": "SubscriptionUpdateBillingPeriod"
			},
			{
				"$ref": "SubscriptionCancel"
			},
			{
				"$ref": "SubscriptionRevoke"
			},
			{
				"$ref": "SubscriptionPause"
			},
			{
				"$ref": "SubscriptionResume"
			},
			{
				"$ref": "SubscriptionUpdateClear"
			}
		]
	},
	"SubscriptionUpdateBase": {
		"type": "object",
		"properties": {
			"metadata": {
				"type": "object",
				"maxProperties": 50,
				"additionalProperties": {
					"anyOf": [
						{
							"type": "string",
							"minLength": 1,
							"maxLength": 500
						},
						{
							"type": "integer"
						},
						{
							"type": "number"
						},
						{
							"type": "boolean"
						}
					]
				},
				"propertyNames": {
					"minLength": 1,
					"maxLength": 40
				}
			},
			"product_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"proration_behavior": {
				"anyOf": [
					{
						"$ref": "SubscriptionProrationBehavior"
					},
					{
						"type": "null"
					}
				]
			},
			"discount_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"trial_end": {
				"anyOf": [
					{
						"type": "string",
						"format": "date-time"
					},
					{
						"type": "string",
						"const": "now"
					},
					{
						"type": "null"
					}
				]
			}
		},
		"additionalProperties": false
	},
	"SubscriptionUpdateBillingPeriod": {
		"type": "object",
		"required": [
			"current_billing_period_end"
		],
		"properties": {
			"current_billing_period_end": {
				"type": "string",
				"format": "date-time"
			}
		},
		"additionalProperties": false
	},
	"SubscriptionUpdateClear": {
		"type": "object",
		"required": [
			"pending_update"
		],
		"properties": {
			"pending_update": {
				"type": "null"
			}
		},
		"additionalProperties": false
	},
	"SubscriptionUpdateSeats": {
		"type": "object",
		"required": [
			"seats"
		],
		"properties": {
			"seats": {
				"type": "integer",
				"minimum": -2147483648,
				"maximum": 2147483647
			},
			"proration_behavior": {
				"anyOf": [
					{
						"$ref": "SubscriptionProrationBehavior"
					},
					{
						"type": "null"
					}
				]
			}
		},
		"additionalProperties": false
	},
	"SubscriptionUpdateUnits": {
		"type": "object",
		"required": [
			"units"
		],
		"properties": {
			"units": {
				"type": "integer",
				"minimum": 1,
				"maximum": 2147483647
			},
			"proration_behavior": {
				"anyOf": [
					{
						"$ref": "SubscriptionProrationBehavior"
					},
					{
						"type": "null"
					}
				]
			}
		},
		"additionalProperties": false
	},
	"SupportCaseAttachmentFileCreate": {
		"type": "object",
		"required": [
			"name",
			"mime_type",
			"size",
			"upload",
			"service"
		],
		"properties": {
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"type": "string"
			},
			"mime_type": {
				"type": "string",
				"pattern": "^(image\\/(jpeg|png|gif|webp)|video\\/(mp4|quicktime|webm)|application\\/pdf|text\\/(csv|plain)|application\\/msword|application\\/vnd\\.openxmlformats-officedocument\\.wordprocessingml\\.document|application\\/vnd\\.ms-excel|application\\/vnd\\.openxmlformats-officedocument\\.spreadsheetml\\.sheet)$"
			},
			"size": {
				"type": "integer",
				"maximum": 262144000
			},
			"checksum_sha256_base64": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"upload": {
				"$ref": "S3FileCreateMultipart"
			},
			"service": {
				"type": "string",
				"const": "support_case_attachment"
			},
			"version": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"TaxBehaviorOption": {
		"type": "string",
		"enum": [
			"location",
			"inclusive",
			"exclusive"
		]
	},
	"TierInput": {
		"type": "object",
		"required": [
			"unit_amount"
		],
		"properties": {
			"bound": {
				"anyOf": [
					{
						"type": "integer",
						"exclusiveMinimum": 0
					},
					{
						"type": "null"
					}
				]
			},
			"unit_amount": {
				"anyOf": [
					{
						"type": "number",
						"minimum": 0
					},
					{
						"type": "string"
					}
				]
			}
		}
	},
	"TierType": {
		"type": "string",
		"enum": [
			"volume",
			"graduated"
		]
	},
	"TiersInput": {
		"type": "object",
		"required": [
			"type",
			"tiers"
		],
		"properties": {
			"type": {
				"$ref": "TierType"
			},
			"tiers": {
				"type": "array",
				"minItems": 1,
				"items": {
					"$ref": "TierInput"
				}
			}
		}
	},
	"TrialInterval": {
		"type": "string",
		"enum": [
			"day",
			"week",
			"month",
			"year"
		]
	},
	"UniqueAggregation": {
		"type": "object",
		"required": [
			"property"
		],
		"properties": {
			"func": {
				"type": "string",
				"const": "unique"
			},
			"property": {
				"type": "string"
			}
		}
	},
	"WebTokenRequest": {
		"type": "object",
		"required": [
			"grant_type",
			"client_id",
			"client_secret",
			"session_token"
		],
		"properties": {
			"grant_type": {
				"type": "string",
				"const": "web"
			},
			"client_id": {
				"type": "string"
			},
			"client_secret": {
				"type": "string"
			},
			"session_token": {
				"type": "string"
			},
			"sub_type": {
				"type": "string",
				"enum": [
					"user",
					"organization"
				]
			},
			"sub": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"scope": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"WebhookEndpointCreate": {
		"type": "object",
		"required": [
			"url",
			"format",
			"events"
		],
		"properties": {
			"url": {
				"type": "string",
				"format": "uri",
				"minLength": 1,
				"maxLength": 2083
			},
			"name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"format": {
				"$ref": "WebhookFormat"
			},
			"events": {
				"type": "array",
				"items": {
					"$ref": "WebhookEventType"
				}
			},
			"organization_id": {
				"anyOf": [
					{
						"type": "string",
						"format": "uuid4"
					},
					{
						"type": "null"
					}
				]
			},
			"api_version": {
				"$ref": "ApiVersion"
			}
		}
	},
	"WebhookEndpointUpdate": {
		"type": "object",
		"properties": {
			"url": {
				"anyOf": [
					{
						"type": "string",
						"format": "uri",
						"minLength": 1,
						"maxLength": 2083
					},
					{
						"type": "null"
					}
				]
			},
			"name": {
				"anyOf": [
					{
						"type": "string"
					},
					{
						"type": "null"
					}
				]
			},
			"format": {
				"anyOf": [
					{
						"$ref": "WebhookFormat"
					},
					{
						"type": "null"
					}
				]
			},
			"events": {
				"anyOf": [
					{
						"type": "array",
						"items": {
							"$ref": "WebhookEventType"
						}
					},
					{
						"type": "null"
					}
				]
			},
			"enabled": {
				"anyOf": [
					{
						"type": "boolean"
					},
					{
						"type": "null"
					}
				]
			},
			"api_version": {
				"anyOf": [
					{
						"$ref": "ApiVersion"
					},
					{
						"type": "null"
					}
				]
			}
		}
	},
	"WebhookEventType": {
		"type": "string",
		"enum": [
			"checkout.created",
			"checkout.updated",
			"checkout.expired",
			"customer.created",
			"customer.updated",
			"customer.deleted",
			"customer.state_changed",
			"customer_seat.assigned",
			"customer_seat.claimed",
			"customer_seat.revoked",
			"member.created",
			"member.updated",
			"member.deleted",
			"order.created",
			"order.updated",
			"order.paid",
			"order.refunded",
			"subscription.created",
			"subscription.updated",
			"subscription.active",
			"subscription.canceled",
			"subscription.uncanceled",
			"subscription.cycled",
			"subscription.revoked",
			"subscription.past_due",
			"subscription.paused",
			"subscription.resumed",
			"subscription.migrated",
			"refund.created",
			"refund.updated",
			"product.created",
			"product.updated",
			"discount.created",
			"discount.updated",
			"discount.deleted",
			"benefit.created",
			"benefit.updated",
			"benefit_grant.created",
			"benefit_grant.cycled",
			"benefit_grant.updated",
			"benefit_grant.revoked",
			"organization.updated"
		]
	},
	"WebhookFormat": {
		"type": "string",
		"enum": [
			"raw",
			"discord",
			"slack"
		]
	}
};
