<%@include file="/libs/sling-cms/global.jsp"%><%--
  The moderation queue: counts per state, filters by state, kind and region, oldest first.
  Model: nl.samenwerkingskaart.initiatives.web.models.SubmissionQueueModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.SubmissionQueueModel" var="model" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console swk-moderation">
    <h1 class="title"><fmt:message key="swk.moderation.queue.title" var="t" />${sling:encode(t,'HTML')}</h1>

    <nav aria-label="<fmt:message key="swk.moderation.queue.states" var="t" />${sling:encode(t,'HTML_ATTR')}">
        <ul class="swk-moderation__counts">
            <c:forEach var="option" items="${model.stateOptions}">
                <li>
                    <fmt:message key="swk.moderation.state.${option.value}" var="label" />
                    <a class="tag is-medium ${option.selected ? 'is-link' : 'is-light'}" href="${sling:encode(model.queueUrl,'HTML_ATTR')}?state=${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'aria-current="page"' : ''}>
                        ${sling:encode(label,'HTML')}: <span class="swk-moderation__count" data-state="${sling:encode(option.value,'HTML_ATTR')}">${model.counts[option.value]}</span>
                    </a>
                </li>
            </c:forEach>
        </ul>
    </nav>

    <form class="swk-console__filters box" method="get" action="${sling:encode(model.queueUrl,'HTML_ATTR')}" role="search">
        <div class="columns">
            <div class="column is-3">
                <div class="field">
                    <label class="label" for="swk-m-state"><fmt:message key="swk.moderation.field.state" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-m-state" name="state">
                            <c:forEach var="option" items="${model.stateOptions}">
                                <fmt:message key="swk.moderation.state.${option.value}" var="t" />
                                <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                            </c:forEach>
                        </select>
                    </div></div>
                </div>
            </div>
            <div class="column is-3">
                <div class="field">
                    <label class="label" for="swk-m-kind"><fmt:message key="swk.moderation.field.kind" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-m-kind" name="kind">
                            <option value=""><fmt:message key="swk.console.list.all" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="option" items="${model.kindOptions}">
                                <fmt:message key="swk.moderation.kind.${option.value}" var="t" />
                                <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                            </c:forEach>
                        </select>
                    </div></div>
                </div>
            </div>
            <div class="column is-4">
                <div class="field">
                    <label class="label" for="swk-m-region"><fmt:message key="swk.console.field.region" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-m-region" name="region">
                            <option value=""><fmt:message key="swk.console.list.all" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="option" items="${model.regionOptions}">
                                <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(option.label,'HTML')}</option>
                            </c:forEach>
                        </select>
                    </div></div>
                </div>
            </div>
            <div class="column is-2 swk-moderation__apply">
                <button type="submit" class="button is-link"><fmt:message key="swk.console.list.apply" var="t" />${sling:encode(t,'HTML')}</button>
            </div>
        </div>
    </form>

    <p class="swk-console__count" role="status">
        <c:choose>
            <c:when test="${model.matching == 0}"><fmt:message key="swk.moderation.queue.none" var="t" />${sling:encode(t,'HTML')}</c:when>
            <c:when test="${model.truncated}"><fmt:message key="swk.moderation.queue.truncated" var="t"><fmt:param value="${fn:length(model.rows)}" /><fmt:param value="${model.matching}" /></fmt:message>${sling:encode(t,'HTML')}</c:when>
            <c:otherwise><fmt:message key="swk.moderation.queue.count" var="t"><fmt:param value="${model.matching}" /></fmt:message>${sling:encode(t,'HTML')}</c:otherwise>
        </c:choose>
    </p>

    <c:if test="${model.matching > 0}">
        <div class="table-container">
        <table class="table is-fullwidth is-striped swk-console__table swk-moderation__queue">
            <caption class="is-sr-only"><fmt:message key="swk.moderation.queue.title" var="t" />${sling:encode(t,'HTML')}</caption>
            <thead>
                <tr>
                    <th scope="col"><fmt:message key="swk.moderation.field.reference" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.moderation.field.received" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.moderation.field.kind" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.field.name" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.field.region" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.moderation.field.state" var="t" />${sling:encode(t,'HTML')}</th>
                </tr>
            </thead>
            <tbody>
                <c:forEach var="row" items="${model.rows}">
                    <tr data-reference="${sling:encode(row.reference,'HTML_ATTR')}">
                        <th scope="row"><a href="${sling:encode(row.url,'HTML_ATTR')}">${sling:encode(row.reference,'HTML')}</a></th>
                        <td>${sling:encode(row.received,'HTML')}</td>
                        <td><fmt:message key="swk.moderation.kind.${row.kind}" var="t" />${sling:encode(t,'HTML')}</td>
                        <td>${sling:encode(row.name,'HTML')}</td>
                        <td>${sling:encode(row.region,'HTML')}</td>
                        <td><fmt:message key="swk.moderation.state.${row.state}" var="t" /><span class="tag swk-moderation__state--${sling:encode(row.state,'HTML_ATTR')}">${sling:encode(t,'HTML')}</span></td>
                    </tr>
                </c:forEach>
            </tbody>
        </table>
        </div>
    </c:if>
</div>
