<%@include file="/libs/sling-cms/global.jsp"%><%--
  The researchers' list of initiatives: search, filters, 50 per page, and per row edit, publish or unpublish,
  delete. Model: nl.samenwerkingskaart.initiatives.web.models.InitiativeListModel.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.InitiativeListModel" var="model" /><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console">
    <nav class="level">
        <div class="level-left">
            <div class="level-item">
                <h1 class="title"><fmt:message key="swk.console.list.title" var="t" />${sling:encode(t,'HTML')}</h1>
            </div>
        </div>
        <div class="level-right">
            <div class="level-item">
                <a class="button is-link is-outlined" href="/cms/samenwerking/still-current.html"><fmt:message key="swk.console.stillCurrent.link" var="t" />${sling:encode(t,'HTML')}</a>
            </div>
            <div class="level-item">
                <a class="button" href="/bin/samenwerkingskaart/console/export.csv" download><fmt:message key="swk.import.exportAll" var="t" />${sling:encode(t,'HTML')}</a>
            </div>
            <div class="level-item">
                <a class="button" href="/cms/samenwerking/import.html"><fmt:message key="swk.import.title" var="t" />${sling:encode(t,'HTML')}</a>
            </div>
            <div class="level-item">
                <a class="button is-primary" href="${sling:encode(model.newUrl,'HTML_ATTR')}">
                    <fmt:message key="swk.console.list.new" var="t" />${sling:encode(t,'HTML')}
                </a>
            </div>
        </div>
    </nav>

    <c:if test="${not empty model.notice}">
        <div class="notification ${model.noticeWarning ? 'is-warning' : 'is-success'}" role="status">
            <fmt:message key="swk.console.notice.${model.notice}" var="t" />${sling:encode(t,'HTML')}
        </div>
    </c:if>

    <form class="swk-console__filters box" method="get" action="${sling:encode(actions.listUrl,'HTML_ATTR')}" role="search">
        <div class="columns is-multiline">
            <div class="column is-4">
                <div class="field">
                    <label class="label" for="swk-q"><fmt:message key="swk.console.list.search" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control">
                        <fmt:message key="swk.console.list.searchHelp" var="searchHelp" />
                        <input class="input" type="search" id="swk-q" name="q" value="${sling:encode(model.query,'HTML_ATTR')}" aria-describedby="swk-q-help" maxlength="200" />
                    </div>
                    <p class="help" id="swk-q-help">${sling:encode(searchHelp,'HTML')}</p>
                </div>
            </div>
            <div class="column is-2">
                <div class="field">
                    <label class="label" for="swk-region"><fmt:message key="swk.console.field.region" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-region" name="region">
                            <option value=""><fmt:message key="swk.console.list.all" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="option" items="${model.regionOptions}">
                                <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(option.label,'HTML')}</option>
                            </c:forEach>
                        </select>
                    </div></div>
                </div>
            </div>
            <div class="column is-2">
                <div class="field">
                    <label class="label" for="swk-level"><fmt:message key="swk.console.field.level" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-level" name="level">
                            <option value=""><fmt:message key="swk.console.list.all" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="option" items="${model.levelOptions}">
                                <fmt:message key="swk.console.level.${option.value}" var="t" />
                                <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                            </c:forEach>
                        </select>
                    </div></div>
                </div>
            </div>
            <div class="column is-2">
                <div class="field">
                    <label class="label" for="swk-status"><fmt:message key="swk.console.field.status" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-status" name="status">
                            <option value=""><fmt:message key="swk.console.list.all" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="option" items="${model.statusOptions}">
                                <fmt:message key="swk.console.status.${option.value}" var="t" />
                                <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected' : ''}>${sling:encode(t,'HTML')}</option>
                            </c:forEach>
                        </select>
                    </div></div>
                </div>
            </div>
            <div class="column is-2">
                <div class="field">
                    <label class="label" for="swk-published"><fmt:message key="swk.console.list.published" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="control"><div class="select is-fullwidth">
                        <select id="swk-published" name="published">
                            <option value=""><fmt:message key="swk.console.list.all" var="t" />${sling:encode(t,'HTML')}</option>
                            <option value="yes" ${model.published == 'yes' ? 'selected' : ''}><fmt:message key="swk.console.list.publishedYes" var="t" />${sling:encode(t,'HTML')}</option>
                            <option value="no" ${model.published == 'no' ? 'selected' : ''}><fmt:message key="swk.console.list.publishedNo" var="t" />${sling:encode(t,'HTML')}</option>
                        </select>
                    </div></div>
                </div>
            </div>
        </div>
        <div class="buttons">
            <button type="submit" class="button is-link"><fmt:message key="swk.console.list.apply" var="t" />${sling:encode(t,'HTML')}</button>
            <c:if test="${model.filtered}">
                <a class="button is-text" href="${sling:encode(actions.listUrl,'HTML_ATTR')}"><fmt:message key="swk.console.list.clear" var="t" />${sling:encode(t,'HTML')}</a>
            </c:if>
        </div>
    </form>

    <p class="swk-console__count" role="status">
        <c:choose>
            <c:when test="${model.total == 0}">
                <fmt:message key="swk.console.list.none" var="t" />${sling:encode(t,'HTML')}
            </c:when>
            <c:otherwise>
                <fmt:message key="swk.console.list.count" var="t">
                    <fmt:param value="${model.firstIndex}" /><fmt:param value="${model.lastIndex}" /><fmt:param value="${model.total}" />
                </fmt:message>${sling:encode(t,'HTML')}
            </c:otherwise>
        </c:choose>
    </p>

    <c:if test="${model.total > 0}">
        <div class="table-container">
        <table class="table is-fullwidth is-striped swk-console__table">
            <caption class="is-sr-only"><fmt:message key="swk.console.list.title" var="t" />${sling:encode(t,'HTML')}</caption>
            <thead>
                <tr>
                    <th scope="col"><fmt:message key="swk.console.field.name" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.field.region" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.field.levels" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.field.status" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.list.published" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.list.lastModified" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.console.list.actions" var="t" />${sling:encode(t,'HTML')}</th>
                </tr>
            </thead>
            <tbody>
                <c:forEach var="row" items="${model.rows}">
                    <tr>
                        <th scope="row">
                            <a href="${sling:encode(row.editUrl,'HTML_ATTR')}">${sling:encode(row.name,'HTML')}</a>
                            <c:if test="${row.demo}"> <span class="tag is-light"><fmt:message key="swk.console.demo" var="t" />${sling:encode(t,'HTML')}</span></c:if>
                        </th>
                        <td title="${sling:encode(row.regionCode,'HTML_ATTR')}">${sling:encode(row.regionName,'HTML')}</td>
                        <td>${sling:encode(row.levels,'HTML')}</td>
                        <td><c:if test="${not empty row.status}"><fmt:message key="swk.console.status.${row.status}" var="t" />${sling:encode(t,'HTML')}</c:if></td>
                        <td>
                            <c:choose>
                                <c:when test="${row.published}"><span class="tag is-success"><fmt:message key="swk.console.list.publishedYes" var="t" />${sling:encode(t,'HTML')}</span></c:when>
                                <c:otherwise><span class="tag is-warning"><fmt:message key="swk.console.list.publishedNo" var="t" />${sling:encode(t,'HTML')}</span></c:otherwise>
                            </c:choose>
                        </td>
                        <td><c:if test="${not empty row.lastModified}"><time datetime="${sling:encode(row.lastModifiedIso,'HTML_ATTR')}">${sling:encode(row.lastModified,'HTML')}</time></c:if></td>
                        <td>
                            <div class="buttons are-small">
                                <fmt:message key="swk.console.action.editNamed" var="label"><fmt:param value="${row.name}" /></fmt:message>
                                <a class="button" href="${sling:encode(row.editUrl,'HTML_ATTR')}" aria-label="${sling:encode(label,'HTML_ATTR')}">
                                    <fmt:message key="swk.console.action.edit" var="t" />${sling:encode(t,'HTML')}
                                </a>
                                <form class="swk-console__inline-form" method="post" action="${sling:encode(actions.actionUrl,'HTML_ATTR')}">
                                    <input type="hidden" name="_charset_" value="utf-8" />
                                    <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                                    <input type="hidden" name="id" value="${sling:encode(row.id,'HTML_ATTR')}" />
                                    <input type="hidden" name=":return" value="${sling:encode(model.returnQuery,'HTML_ATTR')}" />
                                    <c:choose>
                                        <c:when test="${row.published}">
                                            <input type="hidden" name=":action" value="unpublish" />
                                            <fmt:message key="swk.console.action.unpublishNamed" var="label"><fmt:param value="${row.name}" /></fmt:message>
                                            <button type="submit" class="button" aria-label="${sling:encode(label,'HTML_ATTR')}"><fmt:message key="swk.console.action.unpublish" var="t" />${sling:encode(t,'HTML')}</button>
                                        </c:when>
                                        <c:otherwise>
                                            <input type="hidden" name=":action" value="publish" />
                                            <fmt:message key="swk.console.action.publishNamed" var="label"><fmt:param value="${row.name}" /></fmt:message>
                                            <button type="submit" class="button is-success is-outlined" aria-label="${sling:encode(label,'HTML_ATTR')}"><fmt:message key="swk.console.action.publish" var="t" />${sling:encode(t,'HTML')}</button>
                                        </c:otherwise>
                                    </c:choose>
                                </form>
                                <fmt:message key="swk.console.action.deleteNamed" var="label"><fmt:param value="${row.name}" /></fmt:message>
                                <a class="button is-danger is-outlined" href="${sling:encode(row.deleteUrl,'HTML_ATTR')}?return=${sling:encode(model.returnQueryParameter,'HTML_ATTR')}" aria-label="${sling:encode(label,'HTML_ATTR')}">
                                    <fmt:message key="swk.console.action.delete" var="t" />${sling:encode(t,'HTML')}
                                </a>
                            </div>
                        </td>
                    </tr>
                </c:forEach>
            </tbody>
        </table>
        </div>

        <c:if test="${model.pageCount > 1}">
            <fmt:message key="swk.console.list.pages" var="pagesLabel" />
            <nav class="pagination" aria-label="${sling:encode(pagesLabel,'HTML_ATTR')}">
                <c:if test="${not empty model.previousUrl}">
                    <a class="pagination-previous" href="${sling:encode(model.previousUrl,'HTML_ATTR')}"><fmt:message key="swk.console.list.previous" var="t" />${sling:encode(t,'HTML')}</a>
                </c:if>
                <c:if test="${not empty model.nextUrl}">
                    <a class="pagination-next" href="${sling:encode(model.nextUrl,'HTML_ATTR')}"><fmt:message key="swk.console.list.next" var="t" />${sling:encode(t,'HTML')}</a>
                </c:if>
                <ul class="pagination-list">
                    <c:forEach var="link" items="${model.pageLinks}">
                        <li>
                            <c:choose>
                                <c:when test="${link.gap}"><span class="pagination-ellipsis">&hellip;</span></c:when>
                                <c:when test="${link.current}">
                                    <fmt:message key="swk.console.list.page" var="label"><fmt:param value="${link.number}" /></fmt:message>
                                    <a class="pagination-link is-current" href="${sling:encode(link.url,'HTML_ATTR')}" aria-current="page" aria-label="${sling:encode(label,'HTML_ATTR')}">${link.number}</a>
                                </c:when>
                                <c:otherwise>
                                    <fmt:message key="swk.console.list.page" var="label"><fmt:param value="${link.number}" /></fmt:message>
                                    <a class="pagination-link" href="${sling:encode(link.url,'HTML_ATTR')}" aria-label="${sling:encode(label,'HTML_ATTR')}">${link.number}</a>
                                </c:otherwise>
                            </c:choose>
                        </li>
                    </c:forEach>
                </ul>
            </nav>
        </c:if>
    </c:if>
</div>
