<%@include file="/libs/sling-cms/global.jsp"%><%--
  Confirmation before deleting an initiative (suffix = its path). Deleting is a POST from here only.
  Model: nl.samenwerkingskaart.initiatives.web.models.InitiativeDeleteModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.InitiativeDeleteModel" var="model" /><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console">
<c:choose>
<c:when test="${not model.found}">
    <h1 class="title"><fmt:message key="swk.console.form.notFoundTitle" var="t" />${sling:encode(t,'HTML')}</h1>
    <p><fmt:message key="swk.console.form.notFound" var="t" />${sling:encode(t,'HTML')}</p>
    <p><a class="button" href="${sling:encode(actions.listUrl,'HTML_ATTR')}"><fmt:message key="swk.console.form.backToList" var="t" />${sling:encode(t,'HTML')}</a></p>
</c:when>
<c:otherwise>
    <h1 class="title" id="swk-delete-title"><fmt:message key="swk.console.delete.title" var="t" />${sling:encode(t,'HTML')}</h1>
    <form method="post" action="${sling:encode(actions.actionUrl,'HTML_ATTR')}" aria-labelledby="swk-delete-title">
        <input type="hidden" name="_charset_" value="utf-8" />
        <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
        <input type="hidden" name=":action" value="delete" />
        <input type="hidden" name="id" value="${sling:encode(model.id,'HTML_ATTR')}" />
        <input type="hidden" name=":return" value="${sling:encode(model.returnQuery,'HTML_ATTR')}" />
        <div class="notification is-warning">
            <p><fmt:message key="swk.console.delete.question" var="t"><fmt:param value="${model.name}" /></fmt:message>${sling:encode(t,'HTML')}</p>
            <c:if test="${model.published}">
                <p><fmt:message key="swk.console.delete.published" var="t" />${sling:encode(t,'HTML')}</p>
            </c:if>
            <p><fmt:message key="swk.console.delete.permanent" var="t" />${sling:encode(t,'HTML')}</p>
        </div>
        <div class="buttons">
            <button type="submit" class="button is-danger"><fmt:message key="swk.console.delete.confirm" var="t" />${sling:encode(t,'HTML')}</button>
            <a class="button is-light" href="${sling:encode(actions.listUrl,'HTML_ATTR')}${empty model.returnQuery ? '' : '?'}${sling:encode(model.returnQuery,'HTML_ATTR')}"><fmt:message key="swk.console.delete.cancel" var="t" />${sling:encode(t,'HTML')}</a>
            <a class="button is-text" href="${sling:encode(model.editUrl,'HTML_ATTR')}"><fmt:message key="swk.console.delete.edit" var="t" />${sling:encode(t,'HTML')}</a>
        </div>
    </form>
</c:otherwise>
</c:choose>
</div>
