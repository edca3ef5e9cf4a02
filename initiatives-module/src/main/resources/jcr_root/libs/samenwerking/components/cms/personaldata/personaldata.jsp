<%@include file="/libs/sling-cms/global.jsp"%><%--
  A person's data as a submitter (researchers only): find their submissions by e-mail address, download everything
  stored about them, erase their personal data (after a confirmation step). Every form is a POST with the CSRF
  token, so the address never appears in a URL. Model: nl.samenwerkingskaart.initiatives.web.models.PersonalDataModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.PersonalDataModel" var="model" /><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console swk-personal">
    <h1 class="title"><fmt:message key="swk.console.personal.title" var="t" />${sling:encode(t,'HTML')}</h1>
    <p class="swk-personal__intro"><fmt:message key="swk.console.personal.intro" var="t" />${sling:encode(t,'HTML')}</p>

    <c:if test="${model.erased}">
        <div class="notification is-success" role="status">
            <fmt:message key="swk.console.personal.erased" var="t"><fmt:param value="${model.erasedCount}" /></fmt:message>${sling:encode(t,'HTML')}
        </div>
    </c:if>

    <c:choose>
    <c:when test="${model.confirm}">
        <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" aria-labelledby="swk-personal-confirm-title">
            <input type="hidden" name="_charset_" value="utf-8" />
            <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
            <input type="hidden" name="email" value="${sling:encode(model.email,'HTML_ATTR')}" />
            <h2 class="subtitle" id="swk-personal-confirm-title"><fmt:message key="swk.console.personal.confirmTitle" var="t" />${sling:encode(t,'HTML')}</h2>
            <div class="notification is-warning">
                <p><fmt:message key="swk.console.personal.confirmQuestion" var="t"><fmt:param value="${model.email}" /><fmt:param value="${model.count}" /></fmt:message>${sling:encode(t,'HTML')}</p>
                <p><fmt:message key="swk.console.personal.confirmWhat" var="t" />${sling:encode(t,'HTML')}</p>
            </div>
            <%@include file="/libs/samenwerking/components/cms/personaldata/rows.jsp"%>
            <div class="buttons">
                <button type="submit" name=":action" value="erase" class="button is-danger"><fmt:message key="swk.console.personal.confirm" var="t" />${sling:encode(t,'HTML')}</button>
                <button type="submit" name=":action" value="find" class="button is-light"><fmt:message key="swk.console.personal.cancel" var="t" />${sling:encode(t,'HTML')}</button>
            </div>
        </form>
    </c:when>
    <c:otherwise>
        <form class="box" method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" novalidate>
            <input type="hidden" name="_charset_" value="utf-8" />
            <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
            <input type="hidden" name=":action" value="find" />
            <div class="field">
                <label class="label" for="swk-personal-email"><fmt:message key="swk.console.personal.email" var="t" />${sling:encode(t,'HTML')}</label>
                <div class="control">
                    <input class="input ${empty model.error ? '' : 'is-danger'}" type="email" id="swk-personal-email" name="email" autocomplete="off" maxlength="254"
                        value="${sling:encode(model.email,'HTML_ATTR')}" aria-describedby="swk-personal-email-help${empty model.error ? '' : ' swk-personal-email-error'}"${empty model.error ? '' : ' aria-invalid="true" autofocus'} />
                </div>
                <p class="help" id="swk-personal-email-help"><fmt:message key="swk.console.personal.emailHelp" var="t" />${sling:encode(t,'HTML')}</p>
                <c:if test="${not empty model.error}">
                    <p class="help is-danger" id="swk-personal-email-error" role="alert">${sling:encode(model.error,'HTML')}</p>
                </c:if>
            </div>
            <button type="submit" class="button is-link"><fmt:message key="swk.console.personal.find" var="t" />${sling:encode(t,'HTML')}</button>
        </form>

        <c:if test="${model.results}">
            <section aria-labelledby="swk-personal-results">
            <h2 class="subtitle" id="swk-personal-results">
                <c:choose>
                    <c:when test="${model.count == 0}"><fmt:message key="swk.console.personal.none" var="t"><fmt:param value="${model.email}" /></fmt:message></c:when>
                    <c:otherwise><fmt:message key="swk.console.personal.count" var="t"><fmt:param value="${model.email}" /><fmt:param value="${model.count}" /></fmt:message></c:otherwise>
                </c:choose>${sling:encode(t,'HTML')}
            </h2>
            <c:if test="${model.count > 0}">
                <%@include file="/libs/samenwerking/components/cms/personaldata/rows.jsp"%>
                <div class="buttons">
                    <form class="swk-console__inline-form" method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}">
                        <input type="hidden" name="_charset_" value="utf-8" />
                        <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                        <input type="hidden" name="email" value="${sling:encode(model.email,'HTML_ATTR')}" />
                        <input type="hidden" name=":action" value="export" />
                        <button type="submit" class="button"><fmt:message key="swk.console.personal.export" var="t" />${sling:encode(t,'HTML')}</button>
                    </form>
                    <form class="swk-console__inline-form" method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}">
                        <input type="hidden" name="_charset_" value="utf-8" />
                        <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                        <input type="hidden" name="email" value="${sling:encode(model.email,'HTML_ATTR')}" />
                        <input type="hidden" name=":action" value="confirm" />
                        <button type="submit" class="button is-danger is-outlined"><fmt:message key="swk.console.personal.erase" var="t" />${sling:encode(t,'HTML')}</button>
                    </form>
                </div>
            </c:if>
            </section>
        </c:if>
    </c:otherwise>
    </c:choose>
</div>
