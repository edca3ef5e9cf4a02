<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%><%--
  One location row with its small map (shown by the script); request attributes swkRow
  (InitiativeFormModel.LocationRow), swkForm (SubmissionForm).
--%><c:set var="row" value="${swkRow}" />
<fieldset class="swk-form__row" data-swk-row<c:if test="${row.spare}"> data-swk-spare</c:if>>
    <legend class="swk-form__row-legend" data-swk-legend>
        <c:choose>
            <c:when test="${row.main}"><fmt:message key="Main location" var="t" /></c:when>
            <c:otherwise><fmt:message key="Location {0}" var="t"><fmt:param value="${row.number}" /></fmt:message></c:otherwise>
        </c:choose>${sling:encode(t,'HTML')}
    </legend>
    <div class="swk-form__columns">
        <div class="swk-form__column">
            <c:set var="swkField" value="${row.town}" scope="request" /><c:set var="swkLabel" value="Town" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkHelp" value="Only the town? Leave latitude and longitude empty and we fill them in." scope="request" /><c:set var="swkMax" value="${swkForm.limits.locationText}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${row.label}" scope="request" /><c:set var="swkLabel" value="Name of the place" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.locationText}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${row.address}" scope="request" /><c:set var="swkLabel" value="Address" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.locationText}" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${row.latitude}" scope="request" /><c:set var="swkLabel" value="Latitude" scope="request" /><c:set var="swkType" value="coordinate" scope="request" /><c:set var="swkHelp" value="For example 52.2215" scope="request" /><c:set var="swkExtra" value="data-swk-lat" scope="request" />
            <sling:call script="field.jsp" />
            <c:set var="swkField" value="${row.longitude}" scope="request" /><c:set var="swkLabel" value="Longitude" scope="request" /><c:set var="swkType" value="coordinate" scope="request" /><c:set var="swkHelp" value="For example 6.8937" scope="request" /><c:set var="swkExtra" value="data-swk-lng" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="swk-form__column" data-swk-picker-wrapper hidden>
            <fmt:message key="Pick the spot on the map" var="pickerLabel" />
            <p class="swk-form__help"><fmt:message key="Click the map to fill in the coordinates, or type them in the fields." /></p>
            <div class="swk-form__picker" data-swk-picker role="region" aria-label="${sling:encode(pickerLabel,'HTML_ATTR')}"></div>
        </div>
    </div>
    <button type="button" class="swk-form__button swk-form__button--secondary swk-form__remove" data-swk-remove hidden><fmt:message key="Remove this location" /></button>
</fieldset>
