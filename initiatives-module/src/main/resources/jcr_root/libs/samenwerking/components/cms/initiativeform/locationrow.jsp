<%@include file="/libs/sling-cms/global.jsp"%><%--
  One location row with its small map; request attributes swkRow (InitiativeFormModel.LocationRow), swkOutline.
--%><c:set var="row" value="${swkRow}" />
<fieldset class="swk-rows__row ${row.main ? 'swk-rows__row--main' : ''}" data-swk-row<c:if test="${row.spare}"> data-swk-spare</c:if>>
    <legend data-swk-legend>
        <c:choose>
            <c:when test="${row.main}"><fmt:message key="swk.console.location.main" var="t" /></c:when>
            <c:otherwise><fmt:message key="swk.console.location.number" var="t"><fmt:param value="${row.number}" /></fmt:message></c:otherwise>
        </c:choose>${sling:encode(t,'HTML')}
    </legend>
    <div class="columns is-multiline">
        <div class="column is-4">
            <c:set var="swkField" value="${row.label}" scope="request" /><c:set var="swkLabel" value="swk.console.location.label" scope="request" /><c:set var="swkType" value="text" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-4">
            <c:set var="swkField" value="${row.town}" scope="request" /><c:set var="swkLabel" value="swk.console.location.town" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkHelp" value="swk.console.location.townHelp" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-4">
            <c:set var="swkField" value="${row.address}" scope="request" /><c:set var="swkLabel" value="swk.console.location.address" scope="request" /><c:set var="swkType" value="text" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-3">
            <c:set var="swkField" value="${row.latitude}" scope="request" /><c:set var="swkLabel" value="swk.console.location.latitude" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkCoordinate" value="lat" scope="request" /><c:set var="swkHelp" value="swk.console.location.latitudeHelp" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-3">
            <c:set var="swkField" value="${row.longitude}" scope="request" /><c:set var="swkLabel" value="swk.console.location.longitude" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkCoordinate" value="lng" scope="request" /><c:set var="swkHelp" value="swk.console.location.longitudeHelp" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-6">
            <div data-swk-map-wrapper hidden>
                <fmt:message key="swk.console.location.mapLabel" var="mapLabel" />
                <p class="help"><fmt:message key="swk.console.location.mapHelp" var="t" />${sling:encode(t,'HTML')}</p>
                <div class="swk-map" data-swk-map data-swk-outline="${sling:encode(swkOutline,'HTML_ATTR')}" role="region" aria-label="${sling:encode(mapLabel,'HTML_ATTR')}"></div>
            </div>
        </div>
    </div>
    <fmt:message key="swk.console.location.remove" var="t" />
    <button type="button" class="button is-small is-danger is-outlined swk-rows__remove" data-swk-remove hidden>${sling:encode(t,'HTML')}</button>
</fieldset>
