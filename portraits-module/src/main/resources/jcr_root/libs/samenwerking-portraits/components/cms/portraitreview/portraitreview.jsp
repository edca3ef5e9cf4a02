<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%><%--
  One portrait's review round: state, what publishing needs, invite, the invitations with their actions, the
  feedback per section. Model: nl.samenwerkingskaart.portraits.web.models.PortraitConsoleDetail.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PortraitConsoleDetail" var="model" />
<c:set var="t" value="${model.text}" />
<link rel="stylesheet" href="${slingRequest.contextPath}/static/samenwerking-portraits/console.css" />
<div class="swk-portraits">
    <p><a href="${sling:encode(model.listUrl,'HTML_ATTR')}"><sling:encode value="${t['console.back']}" mode="HTML" /></a></p>
    <c:choose>
    <c:when test="${!model.found}">
        <h1 class="title"><sling:encode value="${t['console.portrait.unknown']}" mode="HTML" /></h1>
    </c:when>
    <c:otherwise>
    <c:set var="stateKey" value="console.state.${model.state}" />
    <h1 class="title"><sling:encode value="${model.title}" mode="HTML" /></h1>
    <p>
        <span class="tag is-medium swk-portraits__state swk-portraits__state--${sling:encode(model.state,'HTML_ATTR')}" data-state="${sling:encode(model.state,'HTML_ATTR')}"><sling:encode value="${t[stateKey]}" mode="HTML" /></span>
        <a href="${sling:encode(model.pageUrl,'HTML_ATTR')}"><sling:encode value="${t['console.openPage']}" mode="HTML" /></a>
    </p>
    <c:if test="${not empty model.notice}">
        <div class="notification ${model.noticeError ? 'is-danger' : 'is-success'}" role="${model.noticeError ? 'alert' : 'status'}" id="swk-notice">
            <p><sling:encode value="${model.notice}" mode="HTML" /></p>
            <c:if test="${not empty model.noticeDetails}"><ul><c:forEach var="detail" items="${model.noticeDetails}"><li><sling:encode value="${detail}" mode="HTML" /></li></c:forEach></ul></c:if>
        </div>
    </c:if>
    <c:if test="${!model.editor}">
        <p class="notification is-warning"><sling:encode value="${t['console.notEditor']}" mode="HTML" /></p>
    </c:if>

    <section class="box" aria-labelledby="swk-publish-title">
        <h2 class="subtitle" id="swk-publish-title"><sling:encode value="${t['console.publish.title']}" mode="HTML" /></h2>
        <c:choose>
            <c:when test="${model.published}"><p><sling:encode value="${t['console.publish.isPublished']}" mode="HTML" /></p></c:when>
            <c:when test="${not empty model.missing}">
                <p><sling:encode value="${t['console.publish.missing']}" mode="HTML" /></p>
                <ul class="swk-portraits__missing"><c:forEach var="item" items="${model.missing}"><li><sling:encode value="${item}" mode="HTML" /></li></c:forEach></ul>
            </c:when>
            <c:otherwise><p><sling:encode value="${t['console.publish.ready']}" mode="HTML" /></p></c:otherwise>
        </c:choose>
        <c:if test="${!model.published && model.editor}">
            <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}">
                <input type="hidden" name="${sling:encode(model.csrfParameter,'HTML_ATTR')}" value="${sling:encode(model.csrfToken,'HTML_ATTR')}" />
                <input type="hidden" name="portrait" value="${sling:encode(model.path,'HTML_ATTR')}" />
                <button class="button is-primary" type="submit" name="action" value="publish"><sling:encode value="${t['console.publish.button']}" mode="HTML" /></button>
            </form>
        </c:if>
    </section>

    <c:if test="${model.editor}">
    <section class="box" aria-labelledby="swk-invite-title">
        <h2 class="subtitle" id="swk-invite-title"><sling:encode value="${t['console.invite.title']}" mode="HTML" /></h2>
        <c:choose>
        <c:when test="${model.published}"><p><sling:encode value="${t['console.invite.closed']}" mode="HTML" /></p></c:when>
        <c:otherwise>
        <p><sling:encode value="${t['console.invite.intro']}" mode="HTML" /></p>
        <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" class="swk-portraits__invite" novalidate>
            <input type="hidden" name="${sling:encode(model.csrfParameter,'HTML_ATTR')}" value="${sling:encode(model.csrfToken,'HTML_ATTR')}" />
            <input type="hidden" name="portrait" value="${sling:encode(model.path,'HTML_ATTR')}" />
            <div class="columns">
                <c:forEach var="f" items="name,email">
                    <c:set var="labelKey" value="console.invite.${f}" />
                    <div class="column field">
                        <label class="label" for="swk-invite-${f}"><sling:encode value="${t[labelKey]}" mode="HTML" /></label>
                        <div class="control"><input class="input${empty model.fieldErrors[f] ? '' : ' is-danger'}" id="swk-invite-${f}" name="${f}" type="${f == 'email' ? 'email' : 'text'}" required
                            autocomplete="off" value="${sling:encode(model.typed[f],'HTML_ATTR')}"
                            <c:if test="${not empty model.fieldErrors[f]}">aria-invalid="true" aria-describedby="swk-invite-${f}-error"</c:if> /></div>
                        <c:if test="${not empty model.fieldErrors[f]}"><p class="help is-danger" id="swk-invite-${f}-error"><sling:encode value="${model.fieldErrors[f]}" mode="HTML" /></p></c:if>
                    </div>
                </c:forEach>
                <div class="column is-2 field">
                    <label class="label" for="swk-invite-days"><sling:encode value="${t['console.invite.days']}" mode="HTML" /></label>
                    <div class="control"><input class="input${empty model.fieldErrors.days ? '' : ' is-danger'}" id="swk-invite-days" name="days" type="number" min="1" max="${model.maxDays}" value="${sling:encode(model.typed.days,'HTML_ATTR')}"
                        <c:if test="${not empty model.fieldErrors.days}">aria-invalid="true" aria-describedby="swk-invite-days-error"</c:if> /></div>
                    <c:if test="${not empty model.fieldErrors.days}"><p class="help is-danger" id="swk-invite-days-error"><sling:encode value="${model.fieldErrors.days}" mode="HTML" /></p></c:if>
                </div>
                <div class="column is-2 field">
                    <label class="label" for="swk-invite-language"><sling:encode value="${t['console.invite.language']}" mode="HTML" /></label>
                    <div class="control"><div class="select"><select id="swk-invite-language" name="language">
                        <option value="nl">Nederlands</option>
                        <option value="en" ${model.typed.language == 'en' ? 'selected' : ''}>English</option>
                    </select></div></div>
                </div>
            </div>
            <button class="button is-link" type="submit" name="action" value="invite"><sling:encode value="${t['console.invite.button']}" mode="HTML" /></button>
        </form>
        </c:otherwise>
        </c:choose>
    </section>

    <section class="box" aria-labelledby="swk-invitations-title">
        <h2 class="subtitle" id="swk-invitations-title"><sling:encode value="${t['console.invitations.title']}" mode="HTML" /></h2>
        <c:choose>
        <c:when test="${empty model.invitations}"><p><sling:encode value="${t['console.invitations.empty']}" mode="HTML" /></p></c:when>
        <c:otherwise>
        <table class="table is-fullwidth swk-portraits__invitations">
            <thead><tr>
                <th scope="col"><sling:encode value="${t['console.invite.name']}" mode="HTML" /></th>
                <th scope="col"><sling:encode value="${t['console.invite.email']}" mode="HTML" /></th>
                <th scope="col"><sling:encode value="${t['console.col.linkState']}" mode="HTML" /></th>
                <th scope="col"><sling:encode value="${t['console.col.expires']}" mode="HTML" /></th>
                <th scope="col"><sling:encode value="${t['console.col.actions']}" mode="HTML" /></th>
            </tr></thead>
            <tbody>
            <c:forEach var="inv" items="${model.invitations}">
                <c:set var="linkKey" value="console.link.${inv.status}" />
                <tr data-invitation="${sling:encode(inv.id,'HTML_ATTR')}">
                    <td><sling:encode value="${inv.name}" mode="HTML" /></td>
                    <td><sling:encode value="${inv.email}" mode="HTML" /></td>
                    <td data-status="${sling:encode(inv.status,'HTML_ATTR')}"><sling:encode value="${t[linkKey]}" mode="HTML" />
                        <c:if test="${not empty inv.remindedAt}"><br/><small><sling:encode value="${t['console.remindedAt']}" mode="HTML" /> <sling:encode value="${inv.remindedAt}" mode="HTML" /></small></c:if></td>
                    <td><sling:encode value="${inv.expiresAt}" mode="HTML" /></td>
                    <td>
                        <c:if test="${!inv.closed && !model.published}">
                        <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" class="swk-portraits__actions">
                            <input type="hidden" name="${sling:encode(model.csrfParameter,'HTML_ATTR')}" value="${sling:encode(model.csrfToken,'HTML_ATTR')}" />
                            <input type="hidden" name="portrait" value="${sling:encode(model.path,'HTML_ATTR')}" />
                            <input type="hidden" name="invitation" value="${sling:encode(inv.id,'HTML_ATTR')}" />
                            <c:if test="${inv.active}"><button class="button is-small" type="submit" name="action" value="remind"><sling:encode value="${t['console.action.remind']}" mode="HTML" /></button></c:if>
                            <label class="is-sr-only" for="swk-extend-${sling:encode(inv.id,'HTML_ATTR')}"><sling:encode value="${t['console.invite.days']}" mode="HTML" /></label>
                            <input class="input is-small swk-portraits__days" id="swk-extend-${sling:encode(inv.id,'HTML_ATTR')}" name="days" type="number" min="1" max="${model.maxDays}" value="14" />
                            <button class="button is-small" type="submit" name="action" value="extend"><sling:encode value="${t['console.action.extend']}" mode="HTML" /></button>
                            <button class="button is-small is-danger is-light" type="submit" name="action" value="revoke"><sling:encode value="${t['console.action.revoke']}" mode="HTML" /></button>
                        </form>
                        </c:if>
                    </td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
        </c:otherwise>
        </c:choose>
    </section>

    <section class="box" aria-labelledby="swk-feedback-title">
        <h2 class="subtitle" id="swk-feedback-title"><sling:encode value="${t['console.feedback.title']}" mode="HTML" /> (<span data-open-feedback>${model.openFeedback}</span> <sling:encode value="${t['console.feedback.open']}" mode="HTML" />)</h2>
        <c:choose>
        <c:when test="${empty model.feedback}"><p><sling:encode value="${t['console.feedback.empty']}" mode="HTML" /></p></c:when>
        <c:otherwise>
        <ul class="swk-portraits__feedback">
            <c:forEach var="item" items="${model.feedback}">
                <c:set var="sectionKey" value="review.section.${item.section}" />
                <li class="swk-portraits__remark${item.handled ? ' swk-portraits__remark--handled' : ''}" data-feedback="${sling:encode(item.id,'HTML_ATTR')}" data-section="${sling:encode(item.section,'HTML_ATTR')}">
                    <p class="swk-portraits__remark-meta"><strong><sling:encode value="${t[sectionKey]}" mode="HTML" /></strong>
                        &middot; <sling:encode value="${item.from}" mode="HTML" /> &middot; <sling:encode value="${item.receivedAt}" mode="HTML" /></p>
                    <p class="swk-portraits__remark-text"><sling:encode value="${item.text}" mode="HTML" /></p>
                    <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}">
                        <input type="hidden" name="${sling:encode(model.csrfParameter,'HTML_ATTR')}" value="${sling:encode(model.csrfToken,'HTML_ATTR')}" />
                        <input type="hidden" name="portrait" value="${sling:encode(model.path,'HTML_ATTR')}" />
                        <input type="hidden" name="feedback" value="${sling:encode(item.id,'HTML_ATTR')}" />
                        <c:choose>
                            <c:when test="${item.handled}"><span class="tag is-success"><sling:encode value="${t['console.feedback.handled']}" mode="HTML" /></span>
                                <button class="button is-small" type="submit" name="action" value="reopen"><sling:encode value="${t['console.action.reopen']}" mode="HTML" /></button></c:when>
                            <c:otherwise><button class="button is-small" type="submit" name="action" value="handled"><sling:encode value="${t['console.action.handled']}" mode="HTML" /></button></c:otherwise>
                        </c:choose>
                    </form>
                </li>
            </c:forEach>
        </ul>
        </c:otherwise>
        </c:choose>
    </section>
    </c:if>
    </c:otherwise>
    </c:choose>
</div>
