<%@include file="/libs/sling-cms/global.jsp"%><%--
  The researchers' "Nog actueel?" list: initiatives not verified within the configured period, oldest first, each
  with "verified" and a request to the contact (an address typed here, used for this one mail and not stored).
  Every form is a POST with the CSRF token. Model: nl.samenwerkingskaart.initiatives.web.models.StillCurrentModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.StillCurrentModel" var="model" /><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console swk-still-current">
    <h1 class="title"><fmt:message key="swk.console.stillCurrent.title" var="t" />${sling:encode(t,'HTML')}</h1>
    <p><fmt:message key="swk.console.stillCurrent.intro" var="t"><fmt:param value="${model.periodMonths}" /></fmt:message>${sling:encode(t,'HTML')}
       <a href="${sling:encode(actions.listUrl,'HTML_ATTR')}"><fmt:message key="swk.console.stillCurrent.back" var="t" />${sling:encode(t,'HTML')}</a></p>

    <c:if test="${not empty model.notice}">
        <div class="notification ${model.noticeWarning ? 'is-warning' : 'is-success'}" role="status" data-swk-notice="${sling:encode(model.notice,'HTML_ATTR')}">
            <fmt:message key="swk.console.stillCurrent.notice.${model.notice}" var="t" />${sling:encode(t,'HTML')}
        </div>
    </c:if>

    <p class="swk-still-current__count" role="status"><fmt:message key="swk.console.stillCurrent.count" var="t"><fmt:param value="${model.count}" /></fmt:message>${sling:encode(t,'HTML')}</p>
    <c:if test="${model.count > 0}">
    <table class="table is-fullwidth is-striped">
        <caption class="is-sr-only"><fmt:message key="swk.console.stillCurrent.title" var="t" />${sling:encode(t,'HTML')}</caption>
        <thead><tr>
            <th scope="col"><fmt:message key="swk.console.stillCurrent.name" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.stillCurrent.lastVerified" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.stillCurrent.request" var="t" />${sling:encode(t,'HTML')}</th>
            <th scope="col"><fmt:message key="swk.console.stillCurrent.actions" var="t" />${sling:encode(t,'HTML')}</th>
        </tr></thead>
        <tbody>
        <c:forEach var="row" items="${model.rows}">
            <tr data-swk-id="${sling:encode(row.id,'HTML_ATTR')}">
                <th scope="row"><a href="${sling:encode(row.editUrl,'HTML_ATTR')}">${sling:encode(row.name,'HTML')}</a></th>
                <td data-swk-verified>
                    <c:choose>
                        <c:when test="${empty row.lastVerified}"><fmt:message key="swk.console.stillCurrent.never" var="t" />${sling:encode(t,'HTML')}</c:when>
                        <c:otherwise><time datetime="${sling:encode(row.lastVerifiedIso,'HTML_ATTR')}">${sling:encode(row.lastVerified,'HTML')}</time><c:if test="${not empty row.verifiedBy}"> (${sling:encode(row.verifiedBy,'HTML')})</c:if></c:otherwise>
                    </c:choose>
                </td>
                <td data-swk-requested>
                    <c:if test="${not empty row.requested}"><fmt:message key="swk.console.stillCurrent.requestedOn" var="t"><fmt:param value="${row.requested}" /></fmt:message><time datetime="${sling:encode(row.requestedIso,'HTML_ATTR')}">${sling:encode(t,'HTML')}</time></c:if>
                </td>
                <td>
                    <form class="swk-console__inline-form" method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}">
                        <input type="hidden" name="_charset_" value="utf-8" />
                        <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                        <input type="hidden" name="id" value="${sling:encode(row.id,'HTML_ATTR')}" />
                        <input type="hidden" name=":action" value="verify" />
                        <fmt:message key="swk.console.stillCurrent.verifyLabel" var="label"><fmt:param value="${row.name}" /></fmt:message>
                        <button type="submit" class="button is-small is-link" aria-label="${sling:encode(label,'HTML_ATTR')}"><fmt:message key="swk.console.stillCurrent.verify" var="t" />${sling:encode(t,'HTML')}</button>
                    </form>
                    <details class="swk-still-current__request">
                        <summary><fmt:message key="swk.console.stillCurrent.ask" var="t" />${sling:encode(t,'HTML')}</summary>
                        <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}">
                            <input type="hidden" name="_charset_" value="utf-8" />
                            <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                            <input type="hidden" name="id" value="${sling:encode(row.id,'HTML_ATTR')}" />
                            <input type="hidden" name=":action" value="request" />
                            <div class="field">
                                <label class="label" for="swk-email-${sling:encode(row.id,'HTML_ATTR')}"><fmt:message key="swk.console.stillCurrent.email" var="t" />${sling:encode(t,'HTML')}</label>
                                <div class="control"><input class="input" type="email" required maxlength="254" autocomplete="off" id="swk-email-${sling:encode(row.id,'HTML_ATTR')}" name="email" value="${sling:encode(row.contactEmail,'HTML_ATTR')}" /></div>
                            </div>
                            <fieldset class="field">
                                <legend class="label"><fmt:message key="swk.console.stillCurrent.language" var="t" />${sling:encode(t,'HTML')}</legend>
                                <label class="radio"><input type="radio" name="language" value="nl" checked /> Nederlands</label>
                                <label class="radio"><input type="radio" name="language" value="en" /> English</label>
                            </fieldset>
                            <button type="submit" class="button is-small"><fmt:message key="swk.console.stillCurrent.send" var="t" />${sling:encode(t,'HTML')}</button>
                        </form>
                    </details>
                </td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
    </c:if>
</div>
