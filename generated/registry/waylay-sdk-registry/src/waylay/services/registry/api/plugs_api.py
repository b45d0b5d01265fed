"""Waylay Function Registry api.

This code was generated from the OpenAPI documentation of 'Waylay Function Registry'
(version 2.17.1) by waylay-sdk-generator. Do not edit it by hand.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Dict,
    Literal,
    TypeVar,
    overload,
)

from pydantic import (
    Field,
    StrictBool,
    StrictStr,
    TypeAdapter,
)

from waylay.sdk.api import (
    HeaderTypes,
    QueryParamTypes,
    RequestContent,
    RequestFiles,
    Response,
)
from waylay.sdk.api._models import Model
from waylay.sdk.plugin import WithApiClient

from ._helpers import (
    expand_path,
    for_files,
    query_params,
    with_content_type,
)

if TYPE_CHECKING:
    from waylay.services.registry.models import (
        Documentation,
        GetPlugResponseV2,
        JobsForPlugResponseV2,
        LatestPlugsResponseV2,
        PlugVersionsResponseV2,
        PostPlugJobAsyncResponseV2,
        PostPlugJobSyncResponseV2,
        ProtectByNameResponseV2,
        RebuildPlugAsyncResponseV2,
        RebuildPlugSyncResponseV2,
        RebuildRequestV2,
        RegistryErrorResponse,
        UndeployedResponseV2,
        UndeploySubmittedResponseV2,
        UpdatePlugMetadataRequestV2,
        VerifyPlugSyncResponseV2,
    )
    from waylay.services.registry.queries.plugs_api import (
        CreateQuery,
        CreateQueryDict,
        DeleteAssetQuery,
        DeleteAssetQueryDict,
        GetArchiveQuery,
        GetArchiveQueryDict,
        GetAssetQuery,
        GetAssetQueryDict,
        GetLatestQuery,
        GetLatestQueryDict,
        GetQuery,
        GetQueryDict,
        JobsQuery,
        JobsQueryDict,
        ListQuery,
        ListQueryDict,
        ListVersionsQuery,
        ListVersionsQueryDict,
        PatchInterfaceQuery,
        PatchInterfaceQueryDict,
        PatchMetadataQuery,
        PatchMetadataQueryDict,
        ProtectQuery,
        ProtectQueryDict,
        ProtectVersionsQuery,
        ProtectVersionsQueryDict,
        PublishQuery,
        PublishQueryDict,
        RebuildQuery,
        RebuildQueryDict,
        RemoveVersionQuery,
        RemoveVersionQueryDict,
        RemoveVersionsQuery,
        RemoveVersionsQueryDict,
        UpdateAssetQuery,
        UpdateAssetQueryDict,
        UpdateAssetsQuery,
        UpdateAssetsQueryDict,
        VerifyQuery,
        VerifyQueryDict,
    )

try:
    from waylay.services.registry.models import (
        Documentation,
        GetPlugResponseV2,
        JobsForPlugResponseV2,
        LatestPlugsResponseV2,
        PlugVersionsResponseV2,
        PostPlugJobAsyncResponseV2,
        PostPlugJobSyncResponseV2,
        ProtectByNameResponseV2,
        RebuildPlugAsyncResponseV2,
        RebuildPlugSyncResponseV2,
        RebuildRequestV2,
        RegistryErrorResponse,
        UndeployedResponseV2,
        UndeploySubmittedResponseV2,
        UpdatePlugMetadataRequestV2,
        VerifyPlugSyncResponseV2,
    )
    from waylay.services.registry.queries.plugs_api import (
        CreateQuery,
        CreateQueryDict,
        DeleteAssetQuery,
        DeleteAssetQueryDict,
        GetArchiveQuery,
        GetArchiveQueryDict,
        GetAssetQuery,
        GetAssetQueryDict,
        GetLatestQuery,
        GetLatestQueryDict,
        GetQuery,
        GetQueryDict,
        JobsQuery,
        JobsQueryDict,
        ListQuery,
        ListQueryDict,
        ListVersionsQuery,
        ListVersionsQueryDict,
        PatchInterfaceQuery,
        PatchInterfaceQueryDict,
        PatchMetadataQuery,
        PatchMetadataQueryDict,
        ProtectQuery,
        ProtectQueryDict,
        ProtectVersionsQuery,
        ProtectVersionsQueryDict,
        PublishQuery,
        PublishQueryDict,
        RebuildQuery,
        RebuildQueryDict,
        RemoveVersionQuery,
        RemoveVersionQueryDict,
        RemoveVersionsQuery,
        RemoveVersionsQueryDict,
        UpdateAssetQuery,
        UpdateAssetQueryDict,
        UpdateAssetsQuery,
        UpdateAssetsQueryDict,
        VerifyQuery,
        VerifyQueryDict,
    )

    MODELS_AVAILABLE = True
except ImportError:
    MODELS_AVAILABLE = False

    if not TYPE_CHECKING:
        PostPlugJobSyncResponseV2 = Model
        PostPlugJobAsyncResponseV2 = Model
        RegistryErrorResponse = Model
        GetPlugResponseV2 = Model
        JobsForPlugResponseV2 = Model
        LatestPlugsResponseV2 = Model
        PlugVersionsResponseV2 = Model
        Documentation = Model
        UpdatePlugMetadataRequestV2 = Model
        ProtectByNameResponseV2 = Model
        RebuildRequestV2 = Model
        RebuildPlugSyncResponseV2 = Model
        RebuildPlugAsyncResponseV2 = Model
        UndeployedResponseV2 = Model
        UndeploySubmittedResponseV2 = Model
        VerifyPlugSyncResponseV2 = Model
        CreateQuery = dict
        CreateQueryDict = dict
        DeleteAssetQuery = dict
        DeleteAssetQueryDict = dict
        GetArchiveQuery = dict
        GetArchiveQueryDict = dict
        GetAssetQuery = dict
        GetAssetQueryDict = dict
        GetLatestQuery = dict
        GetLatestQueryDict = dict
        GetQuery = dict
        GetQueryDict = dict
        JobsQuery = dict
        JobsQueryDict = dict
        ListQuery = dict
        ListQueryDict = dict
        ListVersionsQuery = dict
        ListVersionsQueryDict = dict
        PatchInterfaceQuery = dict
        PatchInterfaceQueryDict = dict
        PatchMetadataQuery = dict
        PatchMetadataQueryDict = dict
        ProtectQuery = dict
        ProtectQueryDict = dict
        ProtectVersionsQuery = dict
        ProtectVersionsQueryDict = dict
        PublishQuery = dict
        PublishQueryDict = dict
        RebuildQuery = dict
        RebuildQueryDict = dict
        RemoveVersionQuery = dict
        RemoveVersionQueryDict = dict
        RemoveVersionsQuery = dict
        RemoveVersionsQueryDict = dict
        UpdateAssetQuery = dict
        UpdateAssetQueryDict = dict
        UpdateAssetsQuery = dict
        UpdateAssetsQueryDict = dict
        VerifyQuery = dict
        VerifyQueryDict = dict

T = TypeVar("T")


class PlugsApi(WithApiClient):
    """PlugsApi service methods.

    Plug(in)s are functions that can be used in the rule engine.

    Generated by waylay-sdk-generator. Do not edit it by hand.
    """

    @overload
    async def create(
        self,
        *,
        json: Annotated[
            Dict[str, Any] | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: CreateQuery | CreateQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2: ...
    @overload
    async def create(
        self,
        *,
        json: Annotated[
            Dict[str, Any] | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: CreateQuery | CreateQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def create(
        self,
        *,
        json: Annotated[
            Dict[str, Any] | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: CreateQuery | CreateQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def create(
        self,
        *,
        json: Annotated[
            Dict[str, Any] | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: CreateQuery | CreateQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def create(
        self,
        *,
        json: Annotated[
            Dict[str, Any] | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: CreateQuery | CreateQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def create(
        self,
        *,
        json: Annotated[
            Dict[str, Any] | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: CreateQuery | CreateQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2 | T | Response | Model:
        """Create Plug.
        Creates a new <em>plug</em> function by uploading its assets.      The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported.

        :param json: The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported.
        :type json: Dict[str, Any], optional
        :param content: The assets for a <em>plug</em> function can be provided as   <ul>     <li>A single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>Separate files in a <code>multipart/form-data</code> request</li>     <li>A reference to the assets of another <em>plug</em> in the <code>copy</code> argument</li>   </ul>    The required <code>plug.json</code> json file contains the function metadata,   and must have a <code>runtime</code> attribute that is one of the supported <em>runtime</em>s    (see <code>GET /registry/v2/runtimes?functionType=plugs</code>).    For each <em>runtime</em> other files will be required or supported.
        :type content: ContentRequest, optional
        :param files: The files of a `content-type: multipart/form-data` request.
        :type files: FilesRequest, optional
        :param query: URL Query parameters.
        :type query: CreateQuery | QueryParamTypes, optional
        :param query['deploy'] (dict) <br> query.deploy (CreateQuery): Indicates that a function should be _deployed_ when its assets are valid.  * If `true` (default), jobs to build and deploy the function will be initiated after it is checked that the assets are valid. Invalid assets lead to a validation error, and the function and its assets are not created or updated. * If `false`, the uploaded assets are stored and the function is created/updated in `registered` state. Asset validation errors are only returned as warning, and stored as `failureReason` on the function entity. Use an _asset update_ or _rebuild_ to initiate a build and deploy at a later stage.
        :type query['deploy']: bool
        :param query['author'] (dict) <br> query.author (CreateQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['comment'] (dict) <br> query.comment (CreateQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['scaleToZero'] (dict) <br> query.scale_to_zero (CreateQuery): If set to <code>true</code>, after successful deployment, the deployed function will be scaled to zero. This saves computing resources when the function is not to be used immediately.
        :type query['scaleToZero']: bool
        :param query['deprecatePrevious'] (dict) <br> query.deprecate_previous (CreateQuery): Set the cleanup policy used to automatically deprecate/delete previous versions.
        :type query['deprecatePrevious']: DeprecatePreviousPolicy
        :param query['dryRun'] (dict) <br> query.dry_run (CreateQuery): If set to <code>true</code>, validates the deployment conditions, but does not change anything.
        :type query['dryRun']: bool
        :param query['async'] (dict) <br> query.var_async (CreateQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param query['version'] (dict) <br> query.version (CreateQuery): If set, the function version will be an increment of the latest existing version that satisfies the `version` range. Note that this increment always takes precedence over an explicit `version` in the function manifest.
        :type query['version']: SemanticVersionRange
        :param query['name'] (dict) <br> query.name (CreateQuery): If set, the value will be used as the function name instead of the one specified in the manifest.
        :type query['name']: str
        :param query['draft'] (dict) <br> query.draft (CreateQuery): If set, the created function will be a draft function and its assets are still mutable. A build and deploy is initiated only in the case when all necessary assets are present and valid.
        :type query['draft']: bool
        :param query['runtime'] (dict) <br> query.runtime (CreateQuery): If set, the created function will use the indicated runtime (latest version within specified range).  This takes precedence over the runtime specified in a function manifest (copied or from request body).
        :type query['runtime']: str
        :param query['copy'] (dict) <br> query.copy_from (CreateQuery): Indicates the _source_ of initial assets for a _new function_.  When using this query parameter, the request body does not need to contain assets, but any assets in the request body will overwrite the copied assets.  #### Selection of _assets_ source  * If set as `<sourceName>[@<sourceVersionRange>]`, the _new function_ will be created with copied assets of the selected _source function_. * If set as `!example`, a `runtime` query parameter is required, and the _new function_ will be initialized with assets of the _runtime example_.  #### Selection of the _source function_  When `<sourceVersionRange>` is a range (or is not given), the latest _published_ version (in that range) is used.  If no _published_ version exists, the latest _draft_ is selected.  If no versions in the range exist, a `404` _Not Found_ error is returned.  #### The `name` of the _new function_  If a `name` is NOT specified (either as query parameter, or in an optional manifest asset in the request body), the `name` of the _new function_ will be that of the _source function_.  #### The `version` of the _new function_  When the _target_ and _source_ name are equal, the `version` query parameters is defaulted to `<sourceVersionRange>` (`~<sourceVersionRange>` when it's an exact version)  The version of the _new function_ will be: * If a `version` is NOT specified (either as query parameter, in an optional manifest asset, or as `<sourceVersionRange>` _default_)    * a **patch increment** (`<major>.<minor>.<patch>+1`) of the latest **existing version** with the target `name`    * **`1.0.0`** otherwise  * If a `version` is specified:    * the **lowest version** in that range **if no existing version** is in that range.    * an **increment** of the latest existing version, **at the highest level** (_major_,_minor_,_patch_) allowed by that range.    * otherwise, if all allowed versions already exist, a **`409` _Duplicate_ error** is raised.  #### Deployment overrides  The new function will use the deployment overrides of the copied function, unless a _manifest_ was specified in the request body.
        :type query['copy']: CreateWebscriptsCopyParameter
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        # path parameters
        path_params: Dict[str, Any] = {}
        resource_path = expand_path("/registry/v2/plugs/", path_params)

        # request body
        body_args: Dict[str, Any] = {}
        if json is not None and validate_request:
            json = TypeAdapter(Dict[str, Any] | None).validate_python(json)
        body_args["json"] = json
        if content is not None:
            headers = with_content_type(headers, "application/octet-stream")
        body_args["content"] = content
        if files is not None:
            headers = for_files(headers)
        body_args["files"] = files

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(CreateQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "201": PostPlugJobSyncResponseV2 if not select_path else Model,
                "202": PostPlugJobAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="POST",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def delete_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: DeleteAssetQuery | DeleteAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2: ...
    @overload
    async def delete_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: DeleteAssetQuery | DeleteAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def delete_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: DeleteAssetQuery | DeleteAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def delete_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: DeleteAssetQuery | DeleteAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def delete_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: DeleteAssetQuery | DeleteAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def delete_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: DeleteAssetQuery | DeleteAssetQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2 | T | Response | Model:
        """Delete Plug Asset.
        Delete an asset from the plug's collection of existing assets.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param wildcard: Full path or path prefix of the asset within the archive (required)
        :type wildcard: str
        :param query: URL Query parameters.
        :type query: DeleteAssetQuery | QueryParamTypes, optional
        :param query['scaleToZero'] (dict) <br> query.scale_to_zero (DeleteAssetQuery): If set to <code>true</code>, after successful deployment, the deployed function will be scaled to zero. This saves computing resources when the function is not to be used immediately.
        :type query['scaleToZero']: bool
        :param query['deploy'] (dict) <br> query.deploy (DeleteAssetQuery): Indicates that a function should be _deployed_ when its assets are valid.  * If `true` (default), jobs to build and deploy the function will be initiated after it is checked that the assets are valid. Invalid assets lead to a validation error, and the function and its assets are not created or updated. * If `false`, the uploaded assets are stored and the function is created/updated in `registered` state. Asset validation errors are only returned as warning, and stored as `failureReason` on the function entity. Use an _asset update_ or _rebuild_ to initiate a build and deploy at a later stage.
        :type query['deploy']: bool
        :param query['chown'] (dict) <br> query.chown (DeleteAssetQuery): If set, ownership of a draft function is transferred to the current user.
        :type query['chown']: bool
        :param query['comment'] (dict) <br> query.comment (DeleteAssetQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['author'] (dict) <br> query.author (DeleteAssetQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['async'] (dict) <br> query.var_async (DeleteAssetQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
            "wildcard": wildcard,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/content/{wildcard}",
            path_params,
            reserved=("wildcard",),
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(DeleteAssetQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "201": PostPlugJobSyncResponseV2 if not select_path else Model,
                "202": PostPlugJobAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {
            "403": RegistryErrorResponse,
        }
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="DELETE",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def get_archive(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetArchiveQuery | GetArchiveQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> bytes: ...
    @overload
    async def get_archive(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetArchiveQuery | GetArchiveQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def get_archive(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetArchiveQuery | GetArchiveQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def get_archive(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetArchiveQuery | GetArchiveQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def get_archive(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetArchiveQuery | GetArchiveQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def get_archive(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetArchiveQuery | GetArchiveQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> bytes | T | Response | Model:
        """Get Plug Archive.
        Get the specification archive of a plug.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: GetArchiveQuery | QueryParamTypes, optional
        :param query['ls'] (dict) <br> query.ls (GetArchiveQuery): If set to `true`, the result will be a listing of the files in the asset, annotated with metadata and validation report from the asset conditions of the functions runtime.
        :type query['ls']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/content", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(GetArchiveQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": bytes if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def get_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: GetAssetQuery | GetAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> bytes: ...
    @overload
    async def get_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: GetAssetQuery | GetAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def get_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: GetAssetQuery | GetAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def get_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: GetAssetQuery | GetAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def get_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: GetAssetQuery | GetAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def get_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        query: GetAssetQuery | GetAssetQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> bytes | T | Response | Model:
        """Get File From Plug Archive.
        Get a file from the specification archive of a plug.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param wildcard: Full path or path prefix of the asset within the archive (required)
        :type wildcard: str
        :param query: URL Query parameters.
        :type query: GetAssetQuery | QueryParamTypes, optional
        :param query['ls'] (dict) <br> query.ls (GetAssetQuery): If set to `true`, the result will be a listing of the files in the asset, annotated with metadata and validation report from the asset conditions of the functions runtime.
        :type query['ls']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
            "wildcard": wildcard,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/content/{wildcard}",
            path_params,
            reserved=("wildcard",),
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(GetAssetQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": bytes if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def get_latest(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: GetLatestQuery | GetLatestQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2: ...
    @overload
    async def get_latest(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: GetLatestQuery | GetLatestQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def get_latest(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: GetLatestQuery | GetLatestQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def get_latest(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: GetLatestQuery | GetLatestQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def get_latest(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: GetLatestQuery | GetLatestQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def get_latest(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: GetLatestQuery | GetLatestQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2 | T | Response | Model:
        """Get Latest Plug Version.
        Fetch the latest version of a <em>plug</em>.    By default, the result shows the latest non-deprecated, non-draft version.   If there is no such version, the latest deprecated or the latest draft version is returned, with the former taking precedence.       Use the boolean query parameters <code>includeDeprecated</code> or <code>includeDraft</code> to change this behaviour:   <ul>   <li><code>includeDeprecated=true</code>: do not prefer non-deprecated versions as a latest version: if the latest version is a deprecated one, it will be shown, even if there are older non-deprecated versions.</li>   <li><code>includeDraft=true</code>: do not prefer non-draft versions as a latest version: if the latest version is a draft, it will be shown, even if there are older non-draft versions.</li>   </ul>     The returned <em>plug version</em> will contain a link to its   latest _draft_ or latest _published_ version (if existing and different).

        :param name: The name of the function. (required)
        :type name: str
        :param query: URL Query parameters.
        :type query: GetLatestQuery | QueryParamTypes, optional
        :param query['type'] (dict) <br> query.type (GetLatestQuery): If set, filters on the type of plug.
        :type query['type']: PlugType
        :param query['showTags'] (dict) <br> query.show_tags (GetLatestQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['includeDraft'] (dict) <br> query.include_draft (GetLatestQuery): Configures the inclusion of _draft_ versions when selecting latest versions per name. By default, draft versions are only considered when no other versions are available. If set to `true`, draft versions are **included**. If set to `false`, draft versions are **excluded**.
        :type query['includeDraft']: bool
        :param query['includeDeprecated'] (dict) <br> query.include_deprecated (GetLatestQuery): Configures the inclusion of _deprecated_ versions when selecting latest versions per name. By default, deprecated versions are only considered when no other versions are available. If set to `true`, deprecated versions are **included**. If set to `false`, deprecated versions are **excluded**.
        :type query['includeDeprecated']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
        }
        resource_path = expand_path("/registry/v2/plugs/{name}", path_params)

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(GetLatestQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": GetPlugResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def get(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetQuery | GetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2: ...
    @overload
    async def get(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetQuery | GetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def get(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetQuery | GetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def get(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetQuery | GetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def get(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetQuery | GetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def get(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: GetQuery | GetQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2 | T | Response | Model:
        """Get Plug Version.
        Get a specific version of a plug.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: GetQuery | QueryParamTypes, optional
        :param query['showTags'] (dict) <br> query.show_tags (GetQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(GetQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": GetPlugResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def jobs(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: JobsQuery | JobsQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> JobsForPlugResponseV2: ...
    @overload
    async def jobs(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: JobsQuery | JobsQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def jobs(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: JobsQuery | JobsQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def jobs(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: JobsQuery | JobsQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def jobs(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: JobsQuery | JobsQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def jobs(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: JobsQuery | JobsQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> JobsForPlugResponseV2 | T | Response | Model:
        """List Plug Jobs.
        List the ongoing and completed operations on a specific plug.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: JobsQuery | QueryParamTypes, optional
        :param query['limit'] (dict) <br> query.limit (JobsQuery): The maximum number of items to be return from this query. Has a deployment-defined default and maximum value.
        :type query['limit']: float
        :param query['type'] (dict) <br> query.type (JobsQuery): Filter on job type
        :type query['type']: List[JobTypeSchema]
        :param query['state'] (dict) <br> query.state (JobsQuery): Filter on job state
        :type query['state']: List[JobStateResult]
        :param query['functionType'] (dict) <br> query.function_type (JobsQuery): Filter on function type
        :type query['functionType']: List[FunctionType]
        :param query['createdBefore'] (dict) <br> query.created_before (JobsQuery): Filter on jobs that created before the given timestamp or age
        :type query['createdBefore']: TimestampSpec
        :param query['createdAfter'] (dict) <br> query.created_after (JobsQuery): Filter on jobs that created after the given timestamp or age
        :type query['createdAfter']: TimestampSpec
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/jobs", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(JobsQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": JobsForPlugResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def list(
        self,
        *,
        query: ListQuery | ListQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> LatestPlugsResponseV2: ...
    @overload
    async def list(
        self,
        *,
        query: ListQuery | ListQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def list(
        self,
        *,
        query: ListQuery | ListQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def list(
        self,
        *,
        query: ListQuery | ListQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def list(
        self,
        *,
        query: ListQuery | ListQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def list(
        self,
        *,
        query: ListQuery | ListQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> LatestPlugsResponseV2 | T | Response | Model:
        """List Plugs.
        List the (latest) versions of available <em>plugs</em>.  ### List Latest Plug Versions By default, the result includes the latest non-deprecated, non-draft version for each <em>plug</em> name. If there is no such version, the latest _deprecated_ or the latest _draft_ version is included, with the former taking precedence.     Use the boolean query parameters <code>includeDeprecated</code> or <code>includeDraft</code> to change this behaviour:   <ul>   <li><code>includeDeprecated=true</code>: do not prefer non-deprecated versions as a latest version: if the latest version is a deprecated one, it will be shown, even if there are older non-deprecated versions.</li>   <li><code>includeDraft=true</code>: do not prefer non-draft versions as a latest version: if the latest version is a draft, it will be shown, even if there are older non-draft versions.</li>   </ul>   As long as no version filters are used, each listed <em>plug version</em> contains representations of the latest draft (`entities[]._links.draft`)  or latest published (`entities[]._links.published`) version (if existing and different).   Use the query parameter `showRelated` to include only a link (default `showRelated=link`) or a full representation (`showRelated=embed`).  ### List Latest Plug Versions (with filter) When any of the _version filter_ query parameters are used, the response contains the _latest_ version per named <em>plug</em> that satisfy the filters, but **without links**.  ### List All Plug Versions When using `latest=false` (default when using the `namedVersion` filter), the listing contains _all_  <em>plugs</em> versions that satisfy the query, possibly multiple versions per named <em>plugs</em>. No HAL links are provided.  #### Filter on _status_ By default <em>plug versions</em> with status  `undeployed` are **excluded** in all cases. Use the _version filter_ `status` to include/exclude a status from the results. By example,  > `?status=any&includeDeprecated=true&includeDraft=true&latest=false`  will list _ALL_ versions known to the function registry.  #### Version filter parameters The following query parameters are _version filters_ for the <em>plug</em> listing: > `version`, `status`, `runtimeVersion`, `createdBy`, `createdBefore`, `createdAfter`, `updatedBy`, `updatedBefore`, `updatedAfter`, `nameVersion`, `deprecated`, `draft`, `tags`, `wql`

        :param query: URL Query parameters.
        :type query: ListQuery | QueryParamTypes, optional
        :param query['type'] (dict) <br> query.type (ListQuery): If set, filters on the type of plug.
        :type query['type']: PlugType
        :param query['limit'] (dict) <br> query.limit (ListQuery): The maximum number of items to be return from this query. Has a deployment-defined default and maximum value.
        :type query['limit']: float
        :param query['page'] (dict) <br> query.page (ListQuery): The number of pages to skip when returning result to this query.
        :type query['page']: float
        :param query['includeDraft'] (dict) <br> query.include_draft (ListQuery): Configures the inclusion of _draft_ versions when selecting latest versions per name. By default, draft versions are only considered when no other versions are available. If set to `true`, draft versions are **included**. If set to `false`, draft versions are **excluded**.
        :type query['includeDraft']: bool
        :param query['includeDeprecated'] (dict) <br> query.include_deprecated (ListQuery): Configures the inclusion of _deprecated_ versions when selecting latest versions per name. By default, deprecated versions are only considered when no other versions are available. If set to `true`, deprecated versions are **included**. If set to `false`, deprecated versions are **excluded**.
        :type query['includeDeprecated']: bool
        :param query['deprecated'] (dict) <br> query.deprecated (ListQuery): Filter on the deprecation status of the function.
        :type query['deprecated']: bool
        :param query['draft'] (dict) <br> query.draft (ListQuery): Filter on the draft status of the function.
        :type query['draft']: bool
        :param query['nameVersion'] (dict) <br> query.name_version (ListQuery): Filter on exact `{name}@{version}` functions. Using this filter implies a `latest=false` default, returning multiple versions of the same named versions if they are filtered.
        :type query['nameVersion']: List[str]
        :param query['showTags'] (dict) <br> query.show_tags (ListQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['tags'] (dict) <br> query.tags (ListQuery): Filter on the tags of the item. Can be a single tag, or a list of tags. When multiple tags are specified, an item must have all of the tags to be selected.
        :type query['tags']: TagsFilter
        :param query['wql'] (dict) <br> query.wql (ListQuery): Query filter using the 'wql' query language.  This is a unstable preview feature, currently supporting the following _match terms_: * `tag:<name>` entity has a tag that fully matches `<name>` (case insensitive). * `tag:<name1>,<name2>` entity has a tag that fully matches any of `<name1>`, `<name2>` (case insensitive). * `tag:inIgnoreCase(<name1>,<name2>)` is the fully specified format for the previous statements.   `inIgnoreCase` is the _default match predicate_. * `tag:in(<name1>,<name2>)` entity has a tag matches one of `<name1>`,`<name2>` (case sensitive) * `tag:equals(<name>)` entity has a tag matches `<name>` (case sensitive) * `tag:like(<pattern>)` entity has a tag that matches `<pattern>` (case insensitive),    where `<pattern>` can contain `*` (multiple characters) and `?` (single character) wildcards.  Each _argument_ of a _match term_ (like `<name>` above) can either be a * a _quoted match argument_, quoted using `\"`, can contain any character except `\"`: `tag:\"Status:In Review\"`. * a _safe match argument_ can only contain alpha-numeric characters or `_`: `tag:Status_In_Review`.  Multiple _match term_s can be combined in a boolean predicate using the `AND`, `OR` and `NOT` operators: * `tag:abc AND tag:\"My Demo\" AND tag:like(\"prj:*\")`: entity has a tag matching `abc` **AND** a tag matching `\"My Demo\"` **AND**    a tag that has the `prj:` prefix * `tag:abc tag:\"My Demo\" tag:like(\"prj:*\")`: same as the previous statement: a (space-deliminated) list of terms is     implicitly combined with `AND`. * `tag:abc OR tag:\"My Demo\"`: entity has a tag matching `abc` **OR** a tag matching `\"My Demo\"` * `NOT tag:abc`: entity **does not have** a tag matching `abc`  Round brackets can be used to combine predicates with different operators: * `(tag:abc OR tag:\"My Demo\") AND tag:like(\"prj:*\")`: entity has a tag `abc` or a tag `My Demo`, and a tag with prefix `prj:*`  For a _multi-valued attribute_ like `tag`, each _match term_ tests the existence of a matching tag assigned to the entity. When _multiple match predicates on the **same** tag_ need to be specified, the boolean operators `not`, `all`, `any` can be used _within_ the match term:  * `tag:all(like(\"prj:*\"),not(like(\"*:Done\")))`: entity has a tag that starts with `prj:` and does NOT end with `:Done`. * `tag:not(Done)`: entity has a tag that does not match `Done` (this excludes entities without tags, and with a single `Done` tag!). * `NOT tag:not(in(abc,def))`: each tag of the entity is in `abc` or `def` (matches entities without tags!) * `tag:any(like(\"prj:*\"),not(done)))`: entity has a tag that either starts with `prj:` or does not match `done`.
        :type query['wql']: str
        :param query['version'] (dict) <br> query.version (ListQuery): Filter on the version of the function (case-sensitive, supports wildcards).
        :type query['version']: str
        :param query['status'] (dict) <br> query.status (ListQuery): Filter on the status of the plug. Filter values with a `-` postfix exclude the status. Use the `any` filter value to include all states. When not specified, a default `undeployed-` filter excludes _undeployed_ functions.
        :type query['status']: List[StatusFilter]
        :param query['runtimeVersion'] (dict) <br> query.runtime_version (ListQuery): Filter on the runtime version.
        :type query['runtimeVersion']: SemanticVersionRange
        :param query['createdBy'] (dict) <br> query.created_by (ListQuery): Filter on the user that create the plug. You can use the `@me` token to indicate your own plugs.
        :type query['createdBy']: str
        :param query['updatedBy'] (dict) <br> query.updated_by (ListQuery): Filter on the user that last updated the plug. You can use the `@me` token to indicate your own plugs.
        :type query['updatedBy']: str
        :param query['createdBefore'] (dict) <br> query.created_before (ListQuery): Filter on funtions that were created before the given timestamp or age.
        :type query['createdBefore']: TimestampSpec
        :param query['createdAfter'] (dict) <br> query.created_after (ListQuery): Filter on funtions that were created after the given timestamp or age.
        :type query['createdAfter']: TimestampSpec
        :param query['updatedBefore'] (dict) <br> query.updated_before (ListQuery): Filter on funtions that were updated before the given timestamp or age.
        :type query['updatedBefore']: TimestampSpec
        :param query['updatedAfter'] (dict) <br> query.updated_after (ListQuery): Filter on funtions that were updated after the given timestamp or age.
        :type query['updatedAfter']: TimestampSpec
        :param query['name'] (dict) <br> query.name (ListQuery): Filter on the name of the function. This is case-insensitive and supports wild-cards `?` (any one character) and `*` (any sequence of characters).
        :type query['name']: str
        :param query['archiveFormat'] (dict) <br> query.archive_format (ListQuery): Filter on the archive format of the function.
        :type query['archiveFormat']: List[ArchiveFormatFilter]
        :param query['runtime'] (dict) <br> query.runtime (ListQuery): Filter on the runtime of the function.
        :type query['runtime']: List[str]
        :param query['latest'] (dict) <br> query.latest (ListQuery): When `true`, only the latest version per function name is returned. If set to `false`, multiple versions per named function can be returned. Defaults to `true`, except when specific versions are selected with the `nameVersion` filter.
        :type query['latest']: bool
        :param query['showRelated'] (dict) <br> query.show_related (ListQuery): Sets the representation of related function versions (like the _latest_ draft and/or published) in the response. Ignored (forced to `none`) when any of the _version filter_ query params are used. - `embed`: as full summary representation (in `_embedded`). - `link`: as HAL link in (in `_links`). - `none`: omitted.
        :type query['showRelated']: ShowLinkOrEmbedding
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        # path parameters
        path_params: Dict[str, Any] = {}
        resource_path = expand_path("/registry/v2/plugs/", path_params)

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(ListQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": LatestPlugsResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def list_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ListVersionsQuery
        | ListVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PlugVersionsResponseV2: ...
    @overload
    async def list_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ListVersionsQuery
        | ListVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def list_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ListVersionsQuery
        | ListVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def list_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ListVersionsQuery
        | ListVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def list_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ListVersionsQuery
        | ListVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def list_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ListVersionsQuery
        | ListVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PlugVersionsResponseV2 | T | Response | Model:
        """List Plug Versions.
        List all versions of a plug, including deprecated versions or not.

        :param name: The name of the function. (required)
        :type name: str
        :param query: URL Query parameters.
        :type query: ListVersionsQuery | QueryParamTypes, optional
        :param query['limit'] (dict) <br> query.limit (ListVersionsQuery): The maximum number of items to be return from this query. Has a deployment-defined default and maximum value.
        :type query['limit']: float
        :param query['page'] (dict) <br> query.page (ListVersionsQuery): The number of pages to skip when returning result to this query.
        :type query['page']: float
        :param query['deprecated'] (dict) <br> query.deprecated (ListVersionsQuery): Filter on the deprecation status of the function.
        :type query['deprecated']: bool
        :param query['draft'] (dict) <br> query.draft (ListVersionsQuery): Filter on the draft status of the function.
        :type query['draft']: bool
        :param query['showTags'] (dict) <br> query.show_tags (ListVersionsQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['tags'] (dict) <br> query.tags (ListVersionsQuery): Filter on the tags of the item. Can be a single tag, or a list of tags. When multiple tags are specified, an item must have all of the tags to be selected.
        :type query['tags']: TagsFilter
        :param query['version'] (dict) <br> query.version (ListVersionsQuery): Filter on the version of the function (case-sensitive, supports wildcards).
        :type query['version']: str
        :param query['status'] (dict) <br> query.status (ListVersionsQuery): Filter on the status of the plug. Filter values with a `-` postfix exclude the status. Use the `any` filter value to include all states. When not specified, a default `undeployed-` filter excludes _undeployed_ functions.
        :type query['status']: List[StatusFilter]
        :param query['runtimeVersion'] (dict) <br> query.runtime_version (ListVersionsQuery): Filter on the runtime version.
        :type query['runtimeVersion']: SemanticVersionRange
        :param query['createdBy'] (dict) <br> query.created_by (ListVersionsQuery): Filter on the user that create the plug. You can use the `@me` token to indicate your own plugs.
        :type query['createdBy']: str
        :param query['updatedBy'] (dict) <br> query.updated_by (ListVersionsQuery): Filter on the user that last updated the plug. You can use the `@me` token to indicate your own plugs.
        :type query['updatedBy']: str
        :param query['createdBefore'] (dict) <br> query.created_before (ListVersionsQuery): Filter on funtions that were created before the given timestamp or age.
        :type query['createdBefore']: TimestampSpec
        :param query['createdAfter'] (dict) <br> query.created_after (ListVersionsQuery): Filter on funtions that were created after the given timestamp or age.
        :type query['createdAfter']: TimestampSpec
        :param query['updatedBefore'] (dict) <br> query.updated_before (ListVersionsQuery): Filter on funtions that were updated before the given timestamp or age.
        :type query['updatedBefore']: TimestampSpec
        :param query['updatedAfter'] (dict) <br> query.updated_after (ListVersionsQuery): Filter on funtions that were updated after the given timestamp or age.
        :type query['updatedAfter']: TimestampSpec
        :param query['archiveFormat'] (dict) <br> query.archive_format (ListVersionsQuery): Filter on the archive format of the function.
        :type query['archiveFormat']: List[ArchiveFormatFilter]
        :param query['runtime'] (dict) <br> query.runtime (ListVersionsQuery): Filter on the runtime of the function.
        :type query['runtime']: List[str]
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
        }
        resource_path = expand_path("/registry/v2/plugs/{name}/versions", path_params)

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(ListVersionsQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": PlugVersionsResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="GET",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def patch_interface(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: Documentation | None = None,
        query: PatchInterfaceQuery
        | PatchInterfaceQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2: ...
    @overload
    async def patch_interface(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: Documentation | None = None,
        query: PatchInterfaceQuery
        | PatchInterfaceQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def patch_interface(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: Documentation | None = None,
        query: PatchInterfaceQuery
        | PatchInterfaceQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def patch_interface(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: Documentation | None = None,
        query: PatchInterfaceQuery
        | PatchInterfaceQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def patch_interface(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: Documentation | None = None,
        query: PatchInterfaceQuery
        | PatchInterfaceQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def patch_interface(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: Documentation | None = None,
        query: PatchInterfaceQuery
        | PatchInterfaceQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2 | T | Response | Model:
        """Patch Plug Interface.
        Patch the interface documentation of a plug version.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param json: The json request body.
        :type json: Documentation, optional
        :param query: URL Query parameters.
        :type query: PatchInterfaceQuery | QueryParamTypes, optional
        :param query['comment'] (dict) <br> query.comment (PatchInterfaceQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['showTags'] (dict) <br> query.show_tags (PatchInterfaceQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/interface", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}
        if json is not None and validate_request:
            json = TypeAdapter(Documentation | None).validate_python(json)
        body_args["json"] = json

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(PatchInterfaceQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": GetPlugResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="PATCH",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def patch_metadata(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: UpdatePlugMetadataRequestV2 | None = None,
        query: PatchMetadataQuery
        | PatchMetadataQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2: ...
    @overload
    async def patch_metadata(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: UpdatePlugMetadataRequestV2 | None = None,
        query: PatchMetadataQuery
        | PatchMetadataQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def patch_metadata(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: UpdatePlugMetadataRequestV2 | None = None,
        query: PatchMetadataQuery
        | PatchMetadataQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def patch_metadata(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: UpdatePlugMetadataRequestV2 | None = None,
        query: PatchMetadataQuery
        | PatchMetadataQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def patch_metadata(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: UpdatePlugMetadataRequestV2 | None = None,
        query: PatchMetadataQuery
        | PatchMetadataQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def patch_metadata(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: UpdatePlugMetadataRequestV2 | None = None,
        query: PatchMetadataQuery
        | PatchMetadataQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2 | T | Response | Model:
        """Patch Plug Metadata.
        Patch the metadata of a plug version.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param json: The json request body.
        :type json: UpdatePlugMetadataRequestV2, optional
        :param query: URL Query parameters.
        :type query: PatchMetadataQuery | QueryParamTypes, optional
        :param query['comment'] (dict) <br> query.comment (PatchMetadataQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['showTags'] (dict) <br> query.show_tags (PatchMetadataQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/metadata", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}
        if json is not None and validate_request:
            json = TypeAdapter(UpdatePlugMetadataRequestV2 | None).validate_python(json)
        body_args["json"] = json

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(PatchMetadataQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": GetPlugResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="PATCH",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def protect(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: ProtectQuery | ProtectQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2: ...
    @overload
    async def protect(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: ProtectQuery | ProtectQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def protect(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: ProtectQuery | ProtectQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def protect(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: ProtectQuery | ProtectQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def protect(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: ProtectQuery | ProtectQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def protect(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: ProtectQuery | ProtectQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> GetPlugResponseV2 | T | Response | Model:
        """Protect Plug Version.
        Enable/disable protection for a <em>plug</em> version. Enabling protection requires ownership for draft versions.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: ProtectQuery | QueryParamTypes, optional
        :param query['author'] (dict) <br> query.author (ProtectQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['chown'] (dict) <br> query.chown (ProtectQuery): If set, ownership of a draft function is transferred to the current user.
        :type query['chown']: bool
        :param query['comment'] (dict) <br> query.comment (ProtectQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['showTags'] (dict) <br> query.show_tags (ProtectQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['enable'] (dict) <br> query.enable (ProtectQuery): If set to `true`, the function assets (including its code) will be protected by requiring additional permissions. If set to `false`, the function assets will no longer be protected.
        :type query['enable']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/protect", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(ProtectQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": GetPlugResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="POST",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def protect_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ProtectVersionsQuery
        | ProtectVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> ProtectByNameResponseV2: ...
    @overload
    async def protect_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ProtectVersionsQuery
        | ProtectVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def protect_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ProtectVersionsQuery
        | ProtectVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def protect_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ProtectVersionsQuery
        | ProtectVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def protect_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ProtectVersionsQuery
        | ProtectVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def protect_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: ProtectVersionsQuery
        | ProtectVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> ProtectByNameResponseV2 | T | Response | Model:
        """Protect Plug.
        Enable/disable protection for all <em>plug</em> versions. Enabling protection requires ownership for draft versions.

        :param name: The name of the function. (required)
        :type name: str
        :param query: URL Query parameters.
        :type query: ProtectVersionsQuery | QueryParamTypes, optional
        :param query['author'] (dict) <br> query.author (ProtectVersionsQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['chown'] (dict) <br> query.chown (ProtectVersionsQuery): If set, ownership of a draft function is transferred to the current user.
        :type query['chown']: bool
        :param query['comment'] (dict) <br> query.comment (ProtectVersionsQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['showTags'] (dict) <br> query.show_tags (ProtectVersionsQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['enable'] (dict) <br> query.enable (ProtectVersionsQuery): If set to `true`, the function assets (including its code) will be protected by requiring additional permissions. If set to `false`, the function assets will no longer be protected.
        :type query['enable']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
        }
        resource_path = expand_path("/registry/v2/plugs/{name}/protect", path_params)

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(ProtectVersionsQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": ProtectByNameResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="POST",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def publish(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: PublishQuery | PublishQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2: ...
    @overload
    async def publish(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: PublishQuery | PublishQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def publish(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: PublishQuery | PublishQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def publish(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: PublishQuery | PublishQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def publish(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: PublishQuery | PublishQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def publish(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: PublishQuery | PublishQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2 | T | Response | Model:
        """Publish Draft Plug.
        Mark the <em>plug</em> to be ready and stable, taking it out of draft mode.,    Typically, the <em>plug</em> should be in the <code>running</code> status,    such that publishing becomes a simple operation where the existing deployment can be re-used.   In other statuses, plug-registry may need to initiate a new build and deployment procedure.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: PublishQuery | QueryParamTypes, optional
        :param query['chown'] (dict) <br> query.chown (PublishQuery): If set, ownership of a draft function is transferred to the current user.
        :type query['chown']: bool
        :param query['comment'] (dict) <br> query.comment (PublishQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['author'] (dict) <br> query.author (PublishQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['deprecatePrevious'] (dict) <br> query.deprecate_previous (PublishQuery): Set the cleanup policy used to automatically deprecate/delete previous versions.
        :type query['deprecatePrevious']: DeprecatePreviousPolicy
        :param query['async'] (dict) <br> query.var_async (PublishQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/publish", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(PublishQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "201": PostPlugJobSyncResponseV2 if not select_path else Model,
                "202": PostPlugJobAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="POST",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def rebuild(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: RebuildRequestV2 | None = None,
        query: RebuildQuery | RebuildQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> RebuildPlugSyncResponseV2 | RebuildPlugAsyncResponseV2: ...
    @overload
    async def rebuild(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: RebuildRequestV2 | None = None,
        query: RebuildQuery | RebuildQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def rebuild(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: RebuildRequestV2 | None = None,
        query: RebuildQuery | RebuildQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def rebuild(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: RebuildRequestV2 | None = None,
        query: RebuildQuery | RebuildQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def rebuild(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: RebuildRequestV2 | None = None,
        query: RebuildQuery | RebuildQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def rebuild(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        json: RebuildRequestV2 | None = None,
        query: RebuildQuery | RebuildQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> RebuildPlugSyncResponseV2 | RebuildPlugAsyncResponseV2 | T | Response | Model:
        """Rebuild Plug.
        Rebuild and deploy a plug with the original or updated base image.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param json: The json request body.
        :type json: RebuildRequestV2, optional
        :param query: URL Query parameters.
        :type query: RebuildQuery | QueryParamTypes, optional
        :param query['scaleToZero'] (dict) <br> query.scale_to_zero (RebuildQuery): Indicates whether the function needs to be scaled down after successful verification. If not set, the function is scaled to zero only if it was not active before this command.
        :type query['scaleToZero']: bool
        :param query['comment'] (dict) <br> query.comment (RebuildQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['dryRun'] (dict) <br> query.dry_run (RebuildQuery): If set to <code>true</code>, checks whether rebuild jobs are needed, but do not start any jobs.
        :type query['dryRun']: bool
        :param query['async'] (dict) <br> query.var_async (RebuildQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param query['showTags'] (dict) <br> query.show_tags (RebuildQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['upgrade'] (dict) <br> query.upgrade (RebuildQuery): If set, force a rebuild with the given <em>runtime</em> version selection policy. <ul>  <li><code>same</code> <b>patch</b> version.   This should only include backward compatible upgrades.  </li>  <li><code>minor</code> <b>major</b> version.   This might include an upgrade of e.g. the language runtime and/or provided   dependencies that could break compatiblity with the function. .</li> </ul>
        :type query['upgrade']: RebuildPolicy
        :param query['forceVersion'] (dict) <br> query.force_version (RebuildQuery): If set, force a rebuild with the given runtime version (including downgrades). This parameter is mutually exclusive to the `upgrade` parameter.
        :type query['forceVersion']: str
        :param query['ignoreChecks'] (dict) <br> query.ignore_checks (RebuildQuery): If set to true, checks that normally prevent a rebuild are overriden. These checks include: * function state in `pending`, `running`, `failed` or `undeployed` * backoff period due to recent failures * usage of deprecated dependencies * running jobs on entity * the `dryRun` option
        :type query['ignoreChecks']: bool
        :param query['skipRebuild'] (dict) <br> query.skip_rebuild (RebuildQuery): If set, the function will not be rebuild. Always uses the current runtime version when re-deploying/re-verifying the function.
        :type query['skipRebuild']: bool
        :param query['skipVerify'] (dict) <br> query.skip_verify (RebuildQuery): If set, the function will not be validated: it transitions to `running` without verification of it's deployment health. When a `scaleToZero` is requested or implied, it is executed at the end of the deployment job, rather than as a separate job.
        :type query['skipVerify']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/rebuild", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}
        if json is not None and validate_request:
            json = TypeAdapter(RebuildRequestV2 | None).validate_python(json)
        body_args["json"] = json

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(RebuildQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": RebuildPlugSyncResponseV2 if not select_path else Model,
                "202": RebuildPlugAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="POST",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def remove_version(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: RemoveVersionQuery
        | RemoveVersionQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> UndeployedResponseV2 | UndeploySubmittedResponseV2: ...
    @overload
    async def remove_version(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: RemoveVersionQuery
        | RemoveVersionQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def remove_version(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: RemoveVersionQuery
        | RemoveVersionQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def remove_version(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: RemoveVersionQuery
        | RemoveVersionQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def remove_version(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: RemoveVersionQuery
        | RemoveVersionQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def remove_version(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: RemoveVersionQuery
        | RemoveVersionQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> UndeployedResponseV2 | UndeploySubmittedResponseV2 | T | Response | Model:
        """Remove Plug Version.
        Deprecate, undeploy and/or remove a <em>plug</em> version.  By default, a `DELETE`  * marks _published_ version(s) _deprecated_: they remain active, but are no longer included in listings by default. * completely removes any _draft_ version(s) (_deprecate_, _undeploy_ and _remove_)  A _deprecated_ plug version will eventually be _undeployed_ (but not _removed_) by an external background task,  once proven that no waylay rule template or task references it.  Use `?force=true` to skip the deprecation and immediately remove the version(s).  Use `?undeploy=true` to undeploy the plug version(s), but keep it registered in a `undeployed` state. An `undeployed` version can later be restored by a _rebuild_ action.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: RemoveVersionQuery | QueryParamTypes, optional
        :param query['comment'] (dict) <br> query.comment (RemoveVersionQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['async'] (dict) <br> query.var_async (RemoveVersionQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param query['force'] (dict) <br> query.force (RemoveVersionQuery): If <code>true</code>, the plug version(s) will be undeployed and removed. Otherwise, the plug version(s) will only be <code>deprecated</code>, i.e removed from regular listings.
        :type query['force']: bool
        :param query['undeploy'] (dict) <br> query.undeploy (RemoveVersionQuery): If `true`, the `DELETE` operation * undeploys the (openfaas) function for the plug: it becomes no longer available for invocation. * does NOT remove the plug from registry: it stays in an `undeployed` status.  All assets and definitions are retained, so the plug can be restored later with a  _rebuild_ action.  If `false`, the `DELETE` operation * _only_ marks the plug version(s) as _deprecated_: the plug remains active but is removed from the default listings.   This also applies to _draft_ versions.  Setting this parameter is incompatible with `force=true` or `reset=true`.  If not set the default behaviour applies: * _draft_ versions are _undeployed_ and _removed_ from registry. * non-_draft_ versions are marked _deprecated_ only.
        :type query['undeploy']: bool
        :param query['reset'] (dict) <br> query.reset (RemoveVersionQuery): If `true`, the function version will be immediately undeployed and reset to `registered` state as a _draft_. This is incompatible with `force=true` or `undeploy=false`.
        :type query['reset']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(RemoveVersionQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": UndeployedResponseV2 if not select_path else Model,
                "202": UndeploySubmittedResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="DELETE",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def remove_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: RemoveVersionsQuery
        | RemoveVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> UndeployedResponseV2 | UndeploySubmittedResponseV2: ...
    @overload
    async def remove_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: RemoveVersionsQuery
        | RemoveVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def remove_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: RemoveVersionsQuery
        | RemoveVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def remove_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: RemoveVersionsQuery
        | RemoveVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def remove_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: RemoveVersionsQuery
        | RemoveVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def remove_versions(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        *,
        query: RemoveVersionsQuery
        | RemoveVersionsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> UndeployedResponseV2 | UndeploySubmittedResponseV2 | T | Response | Model:
        """Remove Plug.
        Deprecate, undeploy and/or remove all versions of this named <em>plug</em>.  By default, a `DELETE`  * marks _published_ version(s) _deprecated_: they remain active, but are no longer included in listings by default. * completely removes any _draft_ version(s) (_deprecate_, _undeploy_ and _remove_)  A _deprecated_ plug version will eventually be _undeployed_ (but not _removed_) by an external background task,  once proven that no waylay rule template or task references it.  Use `?force=true` to skip the deprecation and immediately remove the version(s).  Use `?undeploy=true` to undeploy the plug version(s), but keep it registered in a `undeployed` state. An `undeployed` version can later be restored by a _rebuild_ action.

        :param name: The name of the function. (required)
        :type name: str
        :param query: URL Query parameters.
        :type query: RemoveVersionsQuery | QueryParamTypes, optional
        :param query['comment'] (dict) <br> query.comment (RemoveVersionsQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['async'] (dict) <br> query.var_async (RemoveVersionsQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param query['force'] (dict) <br> query.force (RemoveVersionsQuery): If <code>true</code>, the plug version(s) will be undeployed and removed. Otherwise, the plug version(s) will only be <code>deprecated</code>, i.e removed from regular listings.
        :type query['force']: bool
        :param query['undeploy'] (dict) <br> query.undeploy (RemoveVersionsQuery): If `true`, the `DELETE` operation * undeploys the (openfaas) function for the plug: it becomes no longer available for invocation. * does NOT remove the plug from registry: it stays in an `undeployed` status.  All assets and definitions are retained, so the plug can be restored later with a  _rebuild_ action.  If `false`, the `DELETE` operation * _only_ marks the plug version(s) as _deprecated_: the plug remains active but is removed from the default listings.   This also applies to _draft_ versions.  Setting this parameter is incompatible with `force=true` or `reset=true`.  If not set the default behaviour applies: * _draft_ versions are _undeployed_ and _removed_ from registry. * non-_draft_ versions are marked _deprecated_ only.
        :type query['undeploy']: bool
        :param query['reset'] (dict) <br> query.reset (RemoveVersionsQuery): If `true`, the function version will be immediately undeployed and reset to `registered` state as a _draft_. This is incompatible with `force=true` or `undeploy=false`.
        :type query['reset']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
        }
        resource_path = expand_path("/registry/v2/plugs/{name}", path_params)

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(RemoveVersionsQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": UndeployedResponseV2 if not select_path else Model,
                "202": UndeploySubmittedResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="DELETE",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def update_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        content: Annotated[
            RequestContent | None, Field(description="A single asset file.")
        ] = None,
        query: UpdateAssetQuery | UpdateAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2: ...
    @overload
    async def update_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        content: Annotated[
            RequestContent | None, Field(description="A single asset file.")
        ] = None,
        query: UpdateAssetQuery | UpdateAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def update_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        content: Annotated[
            RequestContent | None, Field(description="A single asset file.")
        ] = None,
        query: UpdateAssetQuery | UpdateAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def update_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        content: Annotated[
            RequestContent | None, Field(description="A single asset file.")
        ] = None,
        query: UpdateAssetQuery | UpdateAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def update_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        content: Annotated[
            RequestContent | None, Field(description="A single asset file.")
        ] = None,
        query: UpdateAssetQuery | UpdateAssetQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def update_asset(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        wildcard: Annotated[
            StrictStr,
            Field(
                description="Full path or path prefix of the asset within the archive"
            ),
        ],
        *,
        content: Annotated[
            RequestContent | None, Field(description="A single asset file.")
        ] = None,
        query: UpdateAssetQuery | UpdateAssetQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2 | T | Response | Model:
        """Update Plug Asset.
        The provided asset will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing asset with the same name.    Please note that it is not allowed to update the plug.json json file with a changed value for any of the     <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param wildcard: Full path or path prefix of the asset within the archive (required)
        :type wildcard: str
        :param content: A single asset file.
        :type content: ContentRequest, optional
        :param query: URL Query parameters.
        :type query: UpdateAssetQuery | QueryParamTypes, optional
        :param query['scaleToZero'] (dict) <br> query.scale_to_zero (UpdateAssetQuery): If set to <code>true</code>, after successful deployment, the deployed function will be scaled to zero. This saves computing resources when the function is not to be used immediately.
        :type query['scaleToZero']: bool
        :param query['deploy'] (dict) <br> query.deploy (UpdateAssetQuery): Indicates that a function should be _deployed_ when its assets are valid.  * If `true` (default), jobs to build and deploy the function will be initiated after it is checked that the assets are valid. Invalid assets lead to a validation error, and the function and its assets are not created or updated. * If `false`, the uploaded assets are stored and the function is created/updated in `registered` state. Asset validation errors are only returned as warning, and stored as `failureReason` on the function entity. Use an _asset update_ or _rebuild_ to initiate a build and deploy at a later stage.
        :type query['deploy']: bool
        :param query['chown'] (dict) <br> query.chown (UpdateAssetQuery): If set, ownership of a draft function is transferred to the current user.
        :type query['chown']: bool
        :param query['comment'] (dict) <br> query.comment (UpdateAssetQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['author'] (dict) <br> query.author (UpdateAssetQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['async'] (dict) <br> query.var_async (UpdateAssetQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
            "wildcard": wildcard,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/content/{wildcard}",
            path_params,
            reserved=("wildcard",),
        )

        # request body
        body_args: Dict[str, Any] = {}
        if content is not None:
            headers = with_content_type(headers, "application/octet-stream")
        body_args["content"] = content

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(UpdateAssetQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "201": PostPlugJobSyncResponseV2 if not select_path else Model,
                "202": PostPlugJobAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {
            "403": RegistryErrorResponse,
        }
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="PUT",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def update_assets(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: UpdateAssetsQuery
        | UpdateAssetsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2: ...
    @overload
    async def update_assets(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: UpdateAssetsQuery
        | UpdateAssetsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def update_assets(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: UpdateAssetsQuery
        | UpdateAssetsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def update_assets(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: UpdateAssetsQuery
        | UpdateAssetsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def update_assets(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: UpdateAssetsQuery
        | UpdateAssetsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def update_assets(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        content: Annotated[
            RequestContent | None,
            Field(
                description="The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported. "
            ),
        ] = None,
        files: Annotated[
            RequestFiles | None, Field(description="Multipart file upload")
        ] = None,
        query: UpdateAssetsQuery
        | UpdateAssetsQueryDict
        | QueryParamTypes
        | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> PostPlugJobSyncResponseV2 | PostPlugJobAsyncResponseV2 | T | Response | Model:
        """Update Plug Assets.
        Update a draft <em>plug</em> function by updating its assets.      The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param content: The assets for a <em>plug</em> function can be provided as either   <ul>     <li>a single <em>tar</em> archive (optionally compressed), with one of the content types      <code>application/octet-stream</code>, <code>application/tar</code>, <code>application/tar+gzip</code>, <code>application/x-gzip</code>, <code>application/x-tar</code>, <code>application/gzip</code></li>     <li>separate files in a <code>multipart/form-data</code> request</li>   </ul>    The provided assets will be added to the <em>plug</em> function's collection of existing assets,   replacing any existing assets with the same name.    Please note that it is not allowed to update the plug.json</code> json file with a changed value for any of the    <code>name</code>, <code>version</code> and/or <code>runtime</code> attributes.    For each <em>runtime</em> other files are supported.
        :type content: ContentRequest, optional
        :param files: The files of a `content-type: multipart/form-data` request.
        :type files: FilesRequest, optional
        :param query: URL Query parameters.
        :type query: UpdateAssetsQuery | QueryParamTypes, optional
        :param query['scaleToZero'] (dict) <br> query.scale_to_zero (UpdateAssetsQuery): If set to <code>true</code>, after successful deployment, the deployed function will be scaled to zero. This saves computing resources when the function is not to be used immediately.
        :type query['scaleToZero']: bool
        :param query['deploy'] (dict) <br> query.deploy (UpdateAssetsQuery): Indicates that a function should be _deployed_ when its assets are valid.  * If `true` (default), jobs to build and deploy the function will be initiated after it is checked that the assets are valid. Invalid assets lead to a validation error, and the function and its assets are not created or updated. * If `false`, the uploaded assets are stored and the function is created/updated in `registered` state. Asset validation errors are only returned as warning, and stored as `failureReason` on the function entity. Use an _asset update_ or _rebuild_ to initiate a build and deploy at a later stage.
        :type query['deploy']: bool
        :param query['chown'] (dict) <br> query.chown (UpdateAssetsQuery): If set, ownership of a draft function is transferred to the current user.
        :type query['chown']: bool
        :param query['comment'] (dict) <br> query.comment (UpdateAssetsQuery): An optional user-specified comment corresponding to the operation.
        :type query['comment']: str
        :param query['author'] (dict) <br> query.author (UpdateAssetsQuery): Optionally changes the author metadata when updating a function.
        :type query['author']: str
        :param query['async'] (dict) <br> query.var_async (UpdateAssetsQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/content", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}
        if content is not None:
            headers = with_content_type(headers, "application/octet-stream")
        body_args["content"] = content
        if files is not None:
            headers = for_files(headers)
        body_args["files"] = files

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(UpdateAssetsQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "201": PostPlugJobSyncResponseV2 if not select_path else Model,
                "202": PostPlugJobAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {
            "403": RegistryErrorResponse,
        }
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="PUT",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )

    @overload
    async def verify(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: VerifyQuery | VerifyQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> VerifyPlugSyncResponseV2 | PostPlugJobAsyncResponseV2: ...
    @overload
    async def verify(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: VerifyQuery | VerifyQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: Literal[""] = "",
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def verify(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: VerifyQuery | VerifyQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[True],
        select_path: Literal["_not_used_"] = "_not_used_",
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Response: ...
    @overload
    async def verify(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: VerifyQuery | VerifyQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: Literal[None] = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> Model: ...
    @overload
    async def verify(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: VerifyQuery | VerifyQueryDict | QueryParamTypes | None = None,
        raw_response: Literal[False] = False,
        select_path: str,
        response_type: T,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    async def verify(
        self,
        name: Annotated[StrictStr, Field(description="The name of the function.")],
        version: Annotated[
            Annotated[
                str,
                Field(
                    strict=True,
                    pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                ),
            ],
            Field(description="The version of the function."),
        ],
        *,
        query: VerifyQuery | VerifyQueryDict | QueryParamTypes | None = None,
        raw_response: StrictBool = False,
        select_path: str = "",
        response_type: T | None = None,
        validate_request: StrictBool = True,
        headers: HeaderTypes | None = None,
        **kwargs: Any,
    ) -> VerifyPlugSyncResponseV2 | PostPlugJobAsyncResponseV2 | T | Response | Model:
        """Verify Health Of Plug.
        Verify health of plug deployed on openfaas.

        :param name: The name of the function. (required)
        :type name: str
        :param version: The version of the function. (required)
        :type version: str
        :param query: URL Query parameters.
        :type query: VerifyQuery | QueryParamTypes, optional
        :param query['scaleToZero'] (dict) <br> query.scale_to_zero (VerifyQuery): Indicates whether the function needs to be scaled down after successful verification. If not set, the function is scaled to zero only if it was not active before this command.
        :type query['scaleToZero']: bool
        :param query['showTags'] (dict) <br> query.show_tags (VerifyQuery): Instructs how tag (objects) should be rendered in responses. The tags are show at the `tags` property of the manifest (legacy: the `metadata.tags` property) - `inline`: Show full tag objects in the manifest. - `embed`: Show tag references in the manifest.          Referenced full tag objects are included in a separate `_embedded` HAL section. - `none`: Show tag references in the manifest. Do not render tag objects.  The default behaviour depends on deployment settings.
        :type query['showTags']: ShowInlineOrEmbedding
        :param query['async'] (dict) <br> query.var_async (VerifyQuery): Unless this is set to <code>false</code>, the server will start the required job actions asynchronously and return a <code>202</code> <em>Accepted</em> response. If <code>false</code> the request will block until the job actions are completed, or a timeout occurs.
        :type query['async']: bool
        :param raw_response: If true, return the http Response object instead of returning an api model object, or throwing an ApiError.
        :param select_path: Denotes a json path applied to the json response object before returning it.
                Set it to the empty string `""` to receive the full response object.
        :param response_type: If specified, the response is parsed into an instance of the specified type.
        :param validate_request: If set to false, the request body and query parameters are NOT validated against the models in the service types package, even when available.
        :param headers: Header parameters for this request
        :type headers: dict, optional
        :param `**kwargs`: Additional parameters passed on to the http client.
            See below.
        :Keyword Arguments:
            * timeout: a single numeric timeout in seconds,
                or a tuple of _connect_, _read_, _write_ and _pool_ timeouts.
            * stream: if true, the response will be in streaming mode
            * cookies
            * extensions
            * auth
            * follow_redirects: bool

        :return: Returns the result object if the http request succeeded with status code '2XX'.
        :raises APIError: If the http request has a status code different from `2XX`. This
            object wraps both the http Response and any parsed data.
        """
        if validate_request:
            version = TypeAdapter(
                Annotated[
                    str,
                    Field(
                        strict=True,
                        pattern="^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$",
                    ),
                ]
            ).validate_python(version)
        # path parameters
        path_params: Dict[str, Any] = {
            "name": name,
            "version": version,
        }
        resource_path = expand_path(
            "/registry/v2/plugs/{name}/versions/{version}/verify", path_params
        )

        # request body
        body_args: Dict[str, Any] = {}

        # query parameters
        if query is not None and MODELS_AVAILABLE and validate_request:
            query = TypeAdapter(VerifyQuery).validate_python(query)
        query = query_params(query)

        # response types
        response_types_map: Dict[str, Any] = (
            {
                "200": VerifyPlugSyncResponseV2 if not select_path else Model,
                "202": PostPlugJobAsyncResponseV2 if not select_path else Model,
            }
            if response_type is None
            else {"2XX": response_type}
        )
        non_200_response_types_map: Dict[str, Any] = {}
        response_types_map.update(non_200_response_types_map)

        return await self.api_client.request(
            method="POST",
            resource_path=resource_path,
            params=query,
            **body_args,
            headers=headers,
            **kwargs,
            response_type=response_types_map,
            select_path=select_path,
            raw_response=raw_response,
        )
