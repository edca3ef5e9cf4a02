<%@include file="/libs/sling-cms/global.jsp"%><%--
  One submission: what was sent and by whom, the comparison with the initiative it is about (or likely duplicates
  of a new one), the decision forms and the history. Model: nl.samenwerkingskaart.initiatives.web.models.SubmissionDetailModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.SubmissionDetailModel" var="model" /><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console swk-moderation">
<p><a href="/cms/samenwerking/submissions.html"><fmt:message key="swk.moderation.back" var="t" />${sling:encode(t,'HTML')}</a></p>
<c:choose>
<c:when test="${model.notFound}">
    <h1 class="title"><fmt:message key="swk.moderation.title.detail" var="t" />${sling:encode(t,'HTML')}</h1>
    <div class="notification is-warning" role="alert"><fmt:message key="swk.moderation.notFound" var="t" />${sling:encode(t,'HTML')}</div>
</c:when>
<c:otherwise>
    <h1 class="title"><fmt:message key="swk.moderation.detail.title" var="t"><fmt:param value="${model.reference}" /></fmt:message>${sling:encode(t,'HTML')}
        <fmt:message key="swk.moderation.state.${model.state}" var="t" /><span class="tag is-medium swk-moderation__state--${sling:encode(model.state,'HTML_ATTR')}" id="swk-m-state">${sling:encode(t,'HTML')}</span></h1>

    <c:if test="${not empty model.notice}">
        <div class="notification ${model.notice == 'alreadyDecided' ? 'is-warning' : 'is-success'}" role="status" id="swk-m-notice">
            <fmt:message key="swk.moderation.notice.${model.notice}" var="t" />${sling:encode(t,'HTML')}
        </div>
    </c:if>
    <c:if test="${not empty model.errors}">
        <div class="notification is-danger swk-console__summary" role="alert" tabindex="-1" id="swk-m-errors">
            <h2 class="title is-5"><fmt:message key="swk.moderation.errors" var="t" />${sling:encode(t,'HTML')}</h2>
            <ul><c:forEach var="e" items="${model.errors}"><li>${sling:encode(e.text,'HTML')}</li></c:forEach></ul>
        </div>
    </c:if>

    <section class="box" aria-labelledby="swk-m-sent">
        <h2 class="title is-5" id="swk-m-sent"><fmt:message key="swk.moderation.sent" var="t" />${sling:encode(t,'HTML')}</h2>
        <dl class="swk-moderation__facts">
            <dt><fmt:message key="swk.moderation.field.kind" var="t" />${sling:encode(t,'HTML')}</dt>
            <dd><fmt:message key="swk.moderation.kind.${model.kind}" var="t" />${sling:encode(t,'HTML')}</dd>
            <dt><fmt:message key="swk.moderation.field.received" var="t" />${sling:encode(t,'HTML')}</dt>
            <dd>${sling:encode(model.received,'HTML')}</dd>
            <c:if test="${not model.newInitiative}">
                <dt><fmt:message key="swk.moderation.field.target" var="t" />${sling:encode(t,'HTML')}</dt>
                <dd><c:choose>
                    <c:when test="${model.targetMissing}"><fmt:message key="swk.moderation.targetMissing" var="t" />${sling:encode(t,'HTML')} (${sling:encode(model.targetId,'HTML')})</c:when>
                    <c:otherwise><a href="${sling:encode(model.targetUrl,'HTML_ATTR')}">${sling:encode(model.targetName,'HTML')}</a></c:otherwise>
                </c:choose></dd>
            </c:if>
            <dt><fmt:message key="swk.moderation.field.submitter" var="t" />${sling:encode(t,'HTML')}</dt>
            <dd><c:choose>
                <c:when test="${model.anonymised}"><fmt:message key="swk.moderation.anonymised" var="t" />${sling:encode(t,'HTML')}</c:when>
                <c:otherwise>${sling:encode(model.submitterName,'HTML')} &lt;<a href="mailto:${sling:encode(model.submitterEmail,'HTML_ATTR')}">${sling:encode(model.submitterEmail,'HTML')}</a>&gt;<c:if test="${not empty model.submitterOrganisation}">, ${sling:encode(model.submitterOrganisation,'HTML')}</c:if><c:if test="${not empty model.submitterRole}"> (${sling:encode(model.submitterRole,'HTML')})</c:if></c:otherwise>
            </c:choose></dd>
            <dt><fmt:message key="swk.moderation.field.message" var="t" />${sling:encode(t,'HTML')}</dt>
            <dd class="swk-moderation__message">${empty model.message ? '&#8212;' : sling:encode(model.message,'HTML')}</dd>
        </dl>
    </section>

    <c:if test="${model.newInitiative || model.targetMissing}">
        <section class="box" aria-labelledby="swk-m-proposal">
            <h2 class="title is-5" id="swk-m-proposal"><fmt:message key="swk.moderation.proposal" var="t" />${sling:encode(t,'HTML')}</h2>
            <table class="table is-fullwidth swk-moderation__proposal">
                <tbody>
                <c:forEach var="line" items="${model.proposal}">
                    <tr><th scope="row"><fmt:message key="swk.moderation.field.${line.field}" var="t" />${sling:encode(t,'HTML')}</th><td class="swk-moderation__value">${sling:encode(line.value,'HTML')}</td></tr>
                </c:forEach>
                </tbody>
            </table>
        </section>
    </c:if>

    <c:if test="${model.newInitiative}">
        <section class="box" aria-labelledby="swk-m-duplicates">
            <h2 class="title is-5" id="swk-m-duplicates"><fmt:message key="swk.moderation.duplicates" var="t" />${sling:encode(t,'HTML')}</h2>
            <c:choose>
                <c:when test="${empty model.duplicates}"><p id="swk-m-no-duplicates"><fmt:message key="swk.moderation.noDuplicates" var="t" />${sling:encode(t,'HTML')}</p></c:when>
                <c:otherwise>
                    <ul class="swk-moderation__duplicates">
                        <c:forEach var="d" items="${model.duplicates}">
                            <li data-id="${sling:encode(d.id,'HTML_ATTR')}"><a href="${sling:encode(d.url,'HTML_ATTR')}">${sling:encode(d.name,'HTML')}</a>
                                <fmt:message key="swk.moderation.duplicateScore" var="t"><fmt:param value="${d.percent}" /><fmt:param value="${empty d.distanceKm ? '?' : d.distanceKm}" /></fmt:message>&#8212; ${sling:encode(t,'HTML')}</li>
                        </c:forEach>
                    </ul>
                </c:otherwise>
            </c:choose>
        </section>
    </c:if>

    <c:choose>
    <c:when test="${model.decided}">
        <section class="box" aria-labelledby="swk-m-decision">
            <h2 class="title is-5" id="swk-m-decision"><fmt:message key="swk.moderation.decision" var="t" />${sling:encode(t,'HTML')}</h2>
            <p><fmt:message key="swk.moderation.decided.${model.decisionType}" var="t" />${sling:encode(t,'HTML')}<c:if test="${model.decisionEdited}"> <fmt:message key="swk.moderation.decided.edited" var="t" />${sling:encode(t,'HTML')}</c:if></p>
            <c:if test="${not empty model.decisionWhy}"><p class="swk-moderation__message">${sling:encode(model.decisionWhy,'HTML')}</p></c:if>
            <c:if test="${not empty model.initiativeUrl}"><p><a href="${sling:encode(model.initiativeUrl,'HTML_ATTR')}" id="swk-m-initiative"><fmt:message key="swk.moderation.openInitiative" var="t" />${sling:encode(t,'HTML')}</a></p></c:if>
        </section>
    </c:when>
    <c:otherwise>
        <section class="box" aria-labelledby="swk-m-approve-title">
            <h2 class="title is-5" id="swk-m-approve-title"><fmt:message key="swk.moderation.approve.title" var="t" />${sling:encode(t,'HTML')}</h2>
            <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" id="swk-m-approve">
                <input type="hidden" name="_charset_" value="utf-8" />
                <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                <input type="hidden" name="reference" value="${sling:encode(model.reference,'HTML_ATTR')}" />
                <input type="hidden" name=":action" value="approve" />
                <c:if test="${not model.newInitiative and not model.targetMissing}">
                    <c:choose>
                    <c:when test="${empty model.comparison}"><p><fmt:message key="swk.moderation.noDifferences" var="t" />${sling:encode(t,'HTML')}</p></c:when>
                    <c:otherwise>
                    <fieldset>
                        <legend class="label"><fmt:message key="swk.moderation.comparison" var="t" />${sling:encode(t,'HTML')}</legend>
                        <table class="table is-fullwidth swk-moderation__comparison">
                            <thead><tr>
                                <th scope="col"><fmt:message key="swk.moderation.accept" var="t" />${sling:encode(t,'HTML')}</th>
                                <th scope="col"><fmt:message key="swk.moderation.fieldName" var="t" />${sling:encode(t,'HTML')}</th>
                                <th scope="col"><fmt:message key="swk.moderation.current" var="t" />${sling:encode(t,'HTML')}</th>
                                <th scope="col"><fmt:message key="swk.moderation.proposed" var="t" />${sling:encode(t,'HTML')}</th>
                            </tr></thead>
                            <tbody>
                            <c:forEach var="row" items="${model.comparison}">
                                <fmt:message key="swk.moderation.field.${row.field}" var="label" />
                                <tr data-field="${sling:encode(row.field,'HTML_ATTR')}">
                                    <td><input type="checkbox" name="accepted" value="${sling:encode(row.field,'HTML_ATTR')}" id="swk-m-accept-${sling:encode(row.field,'HTML_ATTR')}" checked /></td>
                                    <th scope="row"><label for="swk-m-accept-${sling:encode(row.field,'HTML_ATTR')}">${sling:encode(label,'HTML')}</label></th>
                                    <td class="swk-moderation__value">${empty row.current ? '&#8212;' : sling:encode(row.current,'HTML')}</td>
                                    <td class="swk-moderation__value swk-moderation__proposed">${sling:encode(row.proposed,'HTML')}</td>
                                </tr>
                            </c:forEach>
                            </tbody>
                        </table>
                    </fieldset>
                    </c:otherwise>
                    </c:choose>
                </c:if>
                <c:if test="${model.newInitiative}">
                    <div class="field"><label class="checkbox"><input type="checkbox" name="publish" value="true" id="swk-m-publish" checked />
                        <fmt:message key="swk.moderation.publish" var="t" />${sling:encode(t,'HTML')}</label></div>
                </c:if>
                <div class="field">
                    <label class="label" for="swk-m-note"><fmt:message key="swk.moderation.note" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><textarea class="textarea" id="swk-m-note" name="note" rows="2" maxlength="2000"></textarea></div>
                </div>
                <div class="buttons">
                    <button type="submit" class="button is-success" id="swk-m-approve-button" ${model.targetMissing ? 'disabled' : ''}><fmt:message key="swk.moderation.approve" var="t" />${sling:encode(t,'HTML')}</button>
                    <c:if test="${not model.targetMissing}"><a class="button" href="${sling:encode(model.editUrl,'HTML_ATTR')}" id="swk-m-edit"><fmt:message key="swk.moderation.editApprove" var="t" />${sling:encode(t,'HTML')}</a></c:if>
                </div>
            </form>
        </section>

        <section class="box" aria-labelledby="swk-m-merge-title">
            <h2 class="title is-5" id="swk-m-merge-title"><fmt:message key="swk.moderation.merge.title" var="t" />${sling:encode(t,'HTML')}</h2>
            <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" id="swk-m-merge">
                <input type="hidden" name="_charset_" value="utf-8" />
                <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                <input type="hidden" name="reference" value="${sling:encode(model.reference,'HTML_ATTR')}" />
                <input type="hidden" name=":action" value="merge" />
                <div class="field">
                    <label class="label" for="swk-m-target"><fmt:message key="swk.moderation.mergeTarget" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><input class="input" type="text" id="swk-m-target" name="mergeTarget" list="swk-m-target-options" maxlength="120" aria-describedby="swk-m-target-help" value="${model.newInitiative ? (empty model.duplicates ? '' : sling:encode(model.duplicates[0].id,'HTML_ATTR')) : sling:encode(model.targetId,'HTML_ATTR')}" /></div>
                    <datalist id="swk-m-target-options"><c:forEach var="d" items="${model.duplicates}"><option value="${sling:encode(d.id,'HTML_ATTR')}">${sling:encode(d.name,'HTML')}</option></c:forEach></datalist>
                    <p class="help" id="swk-m-target-help"><fmt:message key="swk.moderation.mergeTargetHelp" var="t" />${sling:encode(t,'HTML')}</p>
                </div>
                <fieldset class="field">
                    <legend class="label"><fmt:message key="swk.moderation.mergeFields" var="t" />${sling:encode(t,'HTML')}</legend>
                    <c:forEach var="line" items="${model.proposal}">
                        <fmt:message key="swk.moderation.field.${line.field}" var="label" />
                        <label class="checkbox swk-moderation__choice"><input type="checkbox" name="accepted" value="${sling:encode(line.field,'HTML_ATTR')}" /> ${sling:encode(label,'HTML')}</label>
                    </c:forEach>
                </fieldset>
                <div class="field">
                    <label class="label" for="swk-m-merge-note"><fmt:message key="swk.moderation.note" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><textarea class="textarea" id="swk-m-merge-note" name="note" rows="2" maxlength="2000"></textarea></div>
                </div>
                <button type="submit" class="button is-info" id="swk-m-merge-button"><fmt:message key="swk.moderation.merge" var="t" />${sling:encode(t,'HTML')}</button>
            </form>
        </section>

        <section class="box" aria-labelledby="swk-m-reject-title">
            <h2 class="title is-5" id="swk-m-reject-title"><fmt:message key="swk.moderation.reject.title" var="t" />${sling:encode(t,'HTML')}</h2>
            <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" id="swk-m-reject">
                <input type="hidden" name="_charset_" value="utf-8" />
                <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                <input type="hidden" name="reference" value="${sling:encode(model.reference,'HTML_ATTR')}" />
                <input type="hidden" name=":action" value="reject" />
                <div class="field">
                    <label class="label" for="swk-m-preset"><fmt:message key="swk.moderation.reasonPreset" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-m-preset" name="reasonPreset">
                            <option value=""><fmt:message key="swk.moderation.reasonOwn" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="r" items="${model.rejectionReasons}"><option value="${sling:encode(r,'HTML_ATTR')}">${sling:encode(r,'HTML')}</option></c:forEach>
                        </select>
                    </div></div>
                </div>
                <div class="field">
                    <label class="label" for="swk-m-reason"><fmt:message key="swk.moderation.reason" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><textarea class="textarea" id="swk-m-reason" name="reason" rows="3" maxlength="2000" aria-describedby="swk-m-reason-help"></textarea></div>
                    <p class="help" id="swk-m-reason-help"><fmt:message key="swk.moderation.reasonHelp" var="t" />${sling:encode(t,'HTML')}</p>
                </div>
                <button type="submit" class="button is-danger" id="swk-m-reject-button"><fmt:message key="swk.moderation.reject" var="t" />${sling:encode(t,'HTML')}</button>
            </form>
        </section>

        <c:if test="${not model.inReview}">
            <form method="post" action="${sling:encode(model.actionUrl,'HTML_ATTR')}" id="swk-m-review">
                <input type="hidden" name="_charset_" value="utf-8" />
                <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                <input type="hidden" name="reference" value="${sling:encode(model.reference,'HTML_ATTR')}" />
                <input type="hidden" name=":action" value="review" />
                <button type="submit" class="button is-light"><fmt:message key="swk.moderation.startReview" var="t" />${sling:encode(t,'HTML')}</button>
            </form>
        </c:if>
    </c:otherwise>
    </c:choose>

    <section class="box" aria-labelledby="swk-m-history">
        <h2 class="title is-5" id="swk-m-history"><fmt:message key="swk.moderation.history" var="t" />${sling:encode(t,'HTML')}</h2>
        <c:choose>
            <c:when test="${empty model.history}"><p><fmt:message key="swk.moderation.historyNone" var="t" />${sling:encode(t,'HTML')}</p></c:when>
            <c:otherwise><table class="table is-fullwidth"><tbody>
                <c:forEach var="h" items="${model.history}">
                    <tr><td>${sling:encode(h.when,'HTML')}</td><td><fmt:message key="swk.moderation.state.${h.to}" var="t" />${sling:encode(t,'HTML')}</td><td>${sling:encode(h.who,'HTML')}</td><td class="swk-moderation__message">${sling:encode(h.why,'HTML')}</td></tr>
                </c:forEach>
            </tbody></table></c:otherwise>
        </c:choose>
    </section>
</c:otherwise>
</c:choose>
</div>
