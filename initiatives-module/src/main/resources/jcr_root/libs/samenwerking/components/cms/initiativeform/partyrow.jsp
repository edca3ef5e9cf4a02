<%@include file="/libs/sling-cms/global.jsp"%><%--
  One party row; request attribute swkRow (InitiativeFormModel.PartyRow), swkKinds (party kind codes).
--%><c:set var="row" value="${swkRow}" />
<fieldset class="swk-rows__row" data-swk-row<c:if test="${row.spare}"> data-swk-spare</c:if>>
    <legend data-swk-legend><fmt:message key="swk.console.party.number" var="t"><fmt:param value="${row.number}" /></fmt:message>${sling:encode(t,'HTML')}</legend>
    <div class="columns">
        <div class="column is-5">
            <c:set var="swkField" value="${row.name}" scope="request" /><c:set var="swkLabel" value="swk.console.party.name" scope="request" /><c:set var="swkType" value="text" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-3">
            <c:set var="f" value="${row.kind}" />
            <div class="field">
                <label class="label" for="${sling:encode(f.id,'HTML_ATTR')}"><fmt:message key="swk.console.party.kind" var="t" />${sling:encode(t,'HTML')}</label>
                <div class="control"><div class="select is-fullwidth ${f.invalid ? 'is-danger' : ''}">
                    <select id="${sling:encode(f.id,'HTML_ATTR')}" name="${sling:encode(f.name,'HTML_ATTR')}"<c:if test="${f.invalid}"> aria-invalid="true" aria-describedby="${sling:encode(f.errorId,'HTML_ATTR')}"</c:if>>
                        <option value=""><fmt:message key="swk.console.choose" var="t" />${sling:encode(t,'HTML')}</option>
                        <c:forEach var="kind" items="${swkKinds}">
                            <fmt:message key="swk.console.partykind.${kind}" var="t" />
                            <option value="${sling:encode(kind,'HTML_ATTR')}" ${kind == f.value ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                        </c:forEach>
                    </select>
                </div></div>
                <c:if test="${f.invalid}"><p class="help is-danger" id="${sling:encode(f.errorId,'HTML_ATTR')}">${sling:encode(f.error,'HTML')}</p></c:if>
            </div>
        </div>
        <div class="column is-3">
            <c:set var="swkField" value="${row.town}" scope="request" /><c:set var="swkLabel" value="swk.console.party.town" scope="request" /><c:set var="swkType" value="text" scope="request" />
            <sling:call script="field.jsp" />
        </div>
        <div class="column is-1">
            <fmt:message key="swk.console.party.remove" var="t" />
            <button type="button" class="button is-small is-danger is-outlined swk-rows__remove" data-swk-remove hidden>${sling:encode(t,'HTML')}</button>
        </div>
    </div>
</fieldset>
