<%@include file="/libs/sling-cms/global.jsp"%><%--
  One labelled input of the initiative form. Request attributes: swkField (FormField), swkLabel (message key),
  swkType (text, number, date, url, textarea), optional swkHelp (message key), swkRequired, swkCoordinate (lat|lng).
--%><c:set var="f" value="${swkField}" /><%
%><c:set var="describedBy"><c:if test="${not empty swkHelp}">${f.id}-help </c:if><c:if test="${f.invalid}">${f.errorId}</c:if></c:set>
<div class="field">
    <label class="label" for="${sling:encode(f.id,'HTML_ATTR')}"><fmt:message key="${swkLabel}" var="t" />${sling:encode(t,'HTML')}<c:if test="${swkRequired}"> <span class="has-text-danger" aria-hidden="true">*</span></c:if></label>
    <div class="control">
        <c:choose>
            <c:when test="${swkType == 'textarea'}">
                <textarea class="textarea ${f.invalid ? 'is-danger' : ''}" id="${sling:encode(f.id,'HTML_ATTR')}" name="${sling:encode(f.name,'HTML_ATTR')}" rows="4"<c:if test="${not empty fn:trim(describedBy)}"> aria-describedby="${sling:encode(fn:trim(describedBy),'HTML_ATTR')}"</c:if><c:if test="${f.invalid}"> aria-invalid="true"</c:if><c:if test="${swkRequired}"> required</c:if>>${sling:encode(f.value,'HTML')}</textarea>
            </c:when>
            <c:otherwise>
                <input class="input ${f.invalid ? 'is-danger' : ''}" type="${sling:encode(swkType,'HTML_ATTR')}" id="${sling:encode(f.id,'HTML_ATTR')}" name="${sling:encode(f.name,'HTML_ATTR')}" value="${sling:encode(f.value,'HTML_ATTR')}"<c:if test="${swkType == 'text' && not empty swkCoordinate}"> inputmode="decimal" data-swk-${swkCoordinate == 'lat' ? 'lat' : 'lng'}</c:if><c:if test="${not empty fn:trim(describedBy)}"> aria-describedby="${sling:encode(fn:trim(describedBy),'HTML_ATTR')}"</c:if><c:if test="${f.invalid}"> aria-invalid="true"</c:if><c:if test="${swkRequired}"> required</c:if> />
            </c:otherwise>
        </c:choose>
    </div>
    <c:if test="${not empty swkHelp}">
        <p class="help" id="${sling:encode(f.id,'HTML_ATTR')}-help"><fmt:message key="${swkHelp}" var="t" />${sling:encode(t,'HTML')}</p>
    </c:if>
    <c:if test="${f.invalid}">
        <p class="help is-danger" id="${sling:encode(f.errorId,'HTML_ATTR')}">${sling:encode(f.error,'HTML')}</p>
    </c:if>
</div>
<c:remove var="swkHelp" scope="request" /><c:remove var="swkRequired" scope="request" /><c:remove var="swkCoordinate" scope="request" />
