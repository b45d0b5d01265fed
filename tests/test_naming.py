"""Table-driven tests of the naming rules, with the contract's examples (CONTRACT §0.2, §1, §2)."""

from __future__ import annotations

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KFServingManifest", "kf_serving_manifest"),
        ("AssetSummaryWithHALLinkLinks", "asset_summary_with_hal_link_links"),
        ("GetPlugResponseV2", "get_plug_response_v2"),
        ("AltEmbeddedVersionIKfservingResponseV2", "alt_embedded_version_i_kfserving_response_v2"),
        ("scaleToZero", "scale_to_zero"),
        ("Webscript Tags", "webscript_tags"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert naming.snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list_runtimes_tags_parameter", "ListRuntimesTagsParameter"),
        ("RuntimeSummaryResponse__embedded", "RuntimeSummaryResponseEmbedded"),
        ("Build_1", "Build1"),
        ("HALLink_href", "HALLinkHref"),
        ("create_webscripts_copy_parameter", "CreateWebscriptsCopyParameter"),
    ],
)
def test_camel(text: str, expected: str) -> None:
    assert naming.camel(text) == expected


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("getLatest_models", "Models", "get_latest"),
        ("listVersions_webscripts", "Webscripts", "list_versions"),
        ("getByRole_schemas", "Schemas", "get_by_role"),
        ("list_webscript_tags", "Webscript Tags", "list"),
        ("removeAll_plug_tags", "Plug Tags", "remove_all"),
        ("get_about", "About", "get"),
        ("getAssetByRole_models", "Models", "get_asset_by_role"),
        ("get-invoice.v2", "Invoices", "get_invoice_v2"),
        ("List Invoices", "Invoices", "list_invoices"),
    ],
)
def test_method_name(operation_id: str, tag: str, expected: str) -> None:
    assert naming.method_name(operation_id, tag) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("async", "var_async"),
        ("copy", "copy_from"),
        ("*", "wildcard"),
        ("scaleToZero", "scale_to_zero"),
        ("iconURL", "icon_url"),
        ("documentationURL", "documentation_url"),
        ("tagName", "tag_name"),
        ("schemaId", "schema_id"),
        ("functionType", "function_type"),
        ("type", "type"),
        ("id", "id"),
        ("list", "list"),
        ("from", "var_from"),
        ("user-id", "user_id"),
        ("file.name", "file_name"),
        ("straße", "strasse"),
        ("Über", "uber"),
    ],
)
def test_parameter_name(wire: str, expected: str) -> None:
    assert naming.parameter_name(wire) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("schema", "var_schema"),
        ("_links", "links"),
        ("_embedded", "embedded"),
        ("json", "var_json"),
        ("copy", "var_copy"),
        ("model_config", "var_model_config"),
        ("model_dump", "var_model_dump"),
    ],
)
def test_field_name(wire: str, expected: str) -> None:
    assert naming.field_name(wire) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("registered-", "REGISTERED_MINUS"),
        ("keep-alive", "KEEP_MINUS_ALIVE"),
        ("!example", "EXCLAMATION_EXAMPLE"),
        ("aiPluginDescriptor", "AIPLUGINDESCRIPTOR"),
        ("true", "TRUE"),
        ("waiting-children", "WAITING_MINUS_CHILDREN"),
        (-1, "NUMBER_MINUS_1"),
        (2, "NUMBER_2"),
        ("", "EMPTY"),
        ("1st", "NUMBER_1ST"),
    ],
)
def test_enum_member_name(value: object, expected: str) -> None:
    assert naming.enum_member_name(value) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("EJobType", "JobType"),
        ("IPlugResponseV2", "PlugResponseV2"),
        ("IHALLink", "HALLink"),
        ("IKFServingManifest", "KFServingManifest"),
        ("IAltEmbeddedVersion_IKfservingResponseV2_", "AltEmbeddedVersion_IKfservingResponseV2_"),
        ("ISO8601Period", "ISO8601Period"),  # D1: not SO8601Period
        ("Invoice", "Invoice"),
    ],
)
def test_component_rename(key: str, expected: str) -> None:
    assert naming.component_class_base(key) == expected


@pytest.mark.parametrize(
    ("tag", "cls", "attr"),
    [
        ("Models", "ModelsApi", "models"),
        ("Webscript Tags", "WebscriptTagsApi", "webscript_tags"),
        ("billing/invoices", "BillingInvoicesApi", "billing_invoices"),
        ("2fa", "Api2faApi", "api_2fa"),
    ],
)
def test_api_names(tag: str, cls: str, attr: str) -> None:
    assert naming.api_class_name(tag) == cls
    assert naming.api_attr_name(tag) == attr


@pytest.mark.parametrize(
    ("cls", "module"),
    [
        ("AltVersionHALLinkDraft", "alt_version_hal_link_draft"),
        ("Build1", "build1"),
        ("DeprecatePreviousPolicyAnyOf1", "deprecate_previous_policy_any_of1"),
    ],
)
def test_module_name(cls: str, module: str) -> None:
    assert naming.module_name(cls) == module


def test_dedupe_is_deterministic() -> None:
    assert naming.dedupe(["a", "b", "a", "a"]) == ["a", "b", "a_2", "a_3"]
