<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%><%--
  One party row; request attributes swkRow (InitiativeFormModel.PartyRow), swkForm (SubmissionForm).
--%><c:set var="row" value="${swkRow}" />
<fieldset class="swk-form__row" data-swk-row<c:if test="${row.spare}"> data-swk-spare</c:if>>
    <legend class="swk-form__row-legend" data-swk-legend><fmt:message key="Party {0}" var="t"><fmt:param value="${row.number}" /></fmt:message>${sling:encode(t,'HTML')}</legend>
    <c:set var="swkField" value="${row.name}" scope="request" /><c:set var="swkLabel" value="Name of the organisation" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.partyName}" scope="request" />
    <sling:call script="field.jsp" />
    <c:set var="f" value="${row.kind}" />
    <div class="swk-form__field${f.invalid ? ' swk-form__field--invalid' : ''}" data-swk-field="${sling:encode(f.name,'HTML_ATTR')}">
        <label class="swk-form__label" for="${sling:encode(f.id,'HTML_ATTR')}"><fmt:message key="Kind of organisation" /></label>
        <p class="swk-form__error" id="${sling:encode(f.errorId,'HTML_ATTR')}" data-swk-error<c:if test="${not f.invalid}"> hidden</c:if>>${sling:encode(f.error,'HTML')}</p>
        <select class="swk-form__input swk-form__input--select" id="${sling:encode(f.id,'HTML_ATTR')}" name="${sling:encode(f.name,'HTML_ATTR')}"<c:if test="${f.invalid}"> aria-invalid="true" aria-describedby="${sling:encode(f.errorId,'HTML_ATTR')}"</c:if>>
            <option value=""><fmt:message key="Choose…" /></option>
            <c:forEach var="kind" items="${swkForm.partyKinds}">
                <fmt:message key="${kind.value}" var="t" />
                <option value="${sling:encode(kind.key,'HTML_ATTR')}" ${kind.key == f.value ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
            </c:forEach>
        </select>
    </div>
    <c:set var="swkField" value="${row.town}" scope="request" /><c:set var="swkLabel" value="Town" scope="request" /><c:set var="swkType" value="text" scope="request" /><c:set var="swkMax" value="${swkForm.limits.partyTown}" scope="request" />
    <sling:call script="field.jsp" />
    <button type="button" class="swk-form__button swk-form__button--secondary swk-form__remove" data-swk-remove hidden><fmt:message key="Remove this party" /></button>
</fieldset>
