<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%><%--
  One labelled input of the submission form. Request attributes: swkField (FormField), swkLabel (message key),
  swkType (text, email, url, year, coordinate, textarea), optional swkRequired, swkHelp (message key), swkMax
  (maxlength), swkAutocomplete, swkExtra (e.g. data-swk-lat).
--%><c:set var="f" value="${swkField}" /><%
%><c:set var="describedBy"><c:if test="${not empty swkHelp}">${f.id}-help </c:if><c:if test="${f.invalid}">${f.errorId}</c:if></c:set>
<c:set var="describedBy" value="${fn:trim(describedBy)}" />
<div class="swk-form__field${f.invalid ? ' swk-form__field--invalid' : ''}" data-swk-field="${sling:encode(f.name,'HTML_ATTR')}">
    <label class="swk-form__label" for="${sling:encode(f.id,'HTML_ATTR')}"><fmt:message key="${swkLabel}" var="t" />${sling:encode(t,'HTML')}<c:if test="${swkRequired}"> <span class="swk-form__required">(<fmt:message key="required" />)</span></c:if></label>
    <c:if test="${not empty swkHelp}">
        <p class="swk-form__help" id="${sling:encode(f.id,'HTML_ATTR')}-help"><fmt:message key="${swkHelp}" var="t" />${sling:encode(t,'HTML')}</p>
    </c:if>
    <p class="swk-form__error" id="${sling:encode(f.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not f.invalid}"> hidden</c:if>>${sling:encode(f.error,'HTML')}</p>
    <c:choose>
        <c:when test="${swkType == 'textarea'}">
            <textarea class="swk-form__input swk-form__input--textarea" id="${sling:encode(f.id,'HTML_ATTR')}" name="${sling:encode(f.name,'HTML_ATTR')}" rows="4"<c:if test="${not empty swkMax}"> maxlength="${swkMax}"</c:if><c:if test="${not empty describedBy}"> aria-describedby="${sling:encode(describedBy,'HTML_ATTR')}"</c:if><c:if test="${f.invalid}"> aria-invalid="true"</c:if><c:if test="${swkRequired}"> required</c:if>>${sling:encode(f.value,'HTML')}</textarea>
        </c:when>
        <c:otherwise>
            <c:set var="inputType" value="${swkType == 'email' ? 'email' : (swkType == 'url' ? 'url' : 'text')}" />
            <input class="swk-form__input swk-form__input--${sling:encode(swkType,'HTML_ATTR')}" type="${inputType}" id="${sling:encode(f.id,'HTML_ATTR')}" name="${sling:encode(f.name,'HTML_ATTR')}" value="${sling:encode(f.value,'HTML_ATTR')}"<c:if test="${not empty swkMax}"> maxlength="${swkMax}"</c:if><c:if test="${swkType == 'year'}"> inputmode="numeric" maxlength="4"</c:if><c:if test="${swkType == 'coordinate'}"> inputmode="decimal" maxlength="24"</c:if><c:if test="${not empty swkAutocomplete}"> autocomplete="${sling:encode(swkAutocomplete,'HTML_ATTR')}"</c:if><c:if test="${not empty swkExtra}"> ${swkExtra}</c:if><c:if test="${not empty describedBy}"> aria-describedby="${sling:encode(describedBy,'HTML_ATTR')}"</c:if><c:if test="${f.invalid}"> aria-invalid="true"</c:if><c:if test="${swkRequired}"> required</c:if> />
        </c:otherwise>
    </c:choose>
</div>
<c:remove var="swkHelp" scope="request" /><c:remove var="swkRequired" scope="request" /><c:remove var="swkMax" scope="request" /><c:remove var="swkAutocomplete" scope="request" /><c:remove var="swkExtra" scope="request" />
