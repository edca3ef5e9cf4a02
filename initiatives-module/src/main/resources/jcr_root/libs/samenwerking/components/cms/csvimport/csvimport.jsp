<%@include file="/libs/sling-cms/global.jsp"%><%--
  The CSV import for researchers, in steps: upload, column mapping, dry run, import with progress. Every form is a
  POST with the CSRF token to nl.samenwerkingskaart.initiatives.web.console.CsvImportServlet, which renders this page
  again with the next step in the request attribute "nl.samenwerkingskaart.console.import" (an ImportView). The
  import advances one step per POST: the script posts the next step and moves the progress bar; without script the
  "Continue" button does the same.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.initiatives.web.models.ConsoleActions" var="actions" /><c:set var="view" value="${requestScope['nl.samenwerkingskaart.console.import']}" />
<link rel="stylesheet" href="/static/samenwerking/cms/console.css" />
<div class="swk-console swk-import" data-swk-import>
    <nav class="level">
        <div class="level-left"><div class="level-item">
            <h1 class="title"><fmt:message key="swk.import.title" var="t" />${sling:encode(t,'HTML')}</h1>
        </div></div>
        <div class="level-right"><div class="level-item">
            <a class="button" href="/bin/samenwerkingskaart/console/export.csv" download><fmt:message key="swk.import.exportAll" var="t" />${sling:encode(t,'HTML')}</a>
        </div></div>
    </nav>
    <c:if test="${not empty view.error}">
        <div class="notification is-danger" role="alert">${sling:encode(view.error,'HTML')}</div>
    </c:if>
    <c:choose>
    <c:when test="${empty view or view.step == 'upload'}">
        <form class="box" method="post" action="/bin/samenwerkingskaart/console/import" enctype="multipart/form-data">
            <input type="hidden" name="_charset_" value="utf-8" />
            <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
            <input type="hidden" name=":action" value="upload" />
            <p><fmt:message key="swk.import.intro" var="t" />${sling:encode(t,'HTML')}</p>
            <div class="field">
                <label class="label" for="swk-import-file"><fmt:message key="swk.import.file" var="t" />${sling:encode(t,'HTML')}</label>
                <div class="control"><input class="input" type="file" id="swk-import-file" name="file" accept=".csv,text/csv,text/plain" required aria-describedby="swk-import-file-help" /></div>
                <p class="help" id="swk-import-file-help"><fmt:message key="swk.import.fileHelp" var="t" />${sling:encode(t,'HTML')}</p>
            </div>
            <button type="submit" class="button is-link"><fmt:message key="swk.import.upload" var="t" />${sling:encode(t,'HTML')}</button>
        </form>
    </c:when>
    <c:when test="${view.step == 'mapping' or view.step == 'dry-run'}">
        <form class="box" method="post" action="/bin/samenwerkingskaart/console/import" aria-labelledby="swk-import-mapping-title">
            <input type="hidden" name="_charset_" value="utf-8" />
            <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
            <input type="hidden" name="job" value="${sling:encode(view.jobId,'HTML_ATTR')}" />
            <input type="hidden" name=":action" value="dryrun" />
            <h2 class="subtitle" id="swk-import-mapping-title"><fmt:message key="swk.import.mappingTitle" var="t"><fmt:param value="${view.fileName}" /><fmt:param value="${view.total}" /></fmt:message>${sling:encode(t,'HTML')}</h2>
            <div class="columns">
                <div class="column is-3 field">
                    <label class="label" for="swk-import-encoding"><fmt:message key="swk.import.encoding" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="select"><select id="swk-import-encoding" name="encoding">
                        <c:forEach var="e" items="auto,UTF-8,windows-1252"><option value="${e}"${view.chosenEncoding == e ? ' selected' : ''}>${e == 'auto' ? '' : e}<c:if test="${e == 'auto'}"><fmt:message key="swk.import.detected" var="t"><fmt:param value="${view.encoding}" /></fmt:message>${sling:encode(t,'HTML')}</c:if></option></c:forEach>
                    </select></div>
                </div>
                <div class="column is-3 field">
                    <label class="label" for="swk-import-separator"><fmt:message key="swk.import.separator" var="t" />${sling:encode(t,'HTML')}</label>
                    <div class="select"><select id="swk-import-separator" name="separator">
                        <c:forEach var="s" items="auto,;,tab"><option value="${s}"${view.chosenSeparator == s ? ' selected' : ''}>${s == 'auto' ? '' : s}<c:if test="${s == 'auto'}"><fmt:message key="swk.import.detected" var="t"><fmt:param value="${view.separator}" /></fmt:message>${sling:encode(t,'HTML')}</c:if></option></c:forEach>
                        <option value=","${view.chosenSeparator == ',' ? ' selected' : ''}>,</option>
                    </select></div>
                </div>
            </div>
            <table class="table is-fullwidth swk-console__table">
                <caption><fmt:message key="swk.import.mappingHelp" var="t" />${sling:encode(t,'HTML')}</caption>
                <thead><tr>
                    <th scope="col"><fmt:message key="swk.import.column" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.import.sample" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.import.field" var="t" />${sling:encode(t,'HTML')}</th>
                </tr></thead>
                <tbody>
                <c:forEach var="col" items="${view.columns}">
                    <tr>
                        <th scope="row"><label for="swk-import-col-${col.index}">${sling:encode(col.header,'HTML')}</label></th>
                        <td>${sling:encode(col.sample,'HTML')}</td>
                        <td><div class="select"><select id="swk-import-col-${col.index}" name="col.${col.index}">
                            <option value=""><fmt:message key="swk.import.ignore" var="t" />${sling:encode(t,'HTML')}</option>
                            <c:forEach var="f" items="${view.fields}"><option value="${f}"${col.field == f ? ' selected' : ''}><fmt:message key="swk.import.field.${f}" var="t" />${sling:encode(t,'HTML')} (${f})</option></c:forEach>
                        </select></div></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
            <div class="field"><label class="checkbox"><input type="checkbox" name="applyPublished" value="on"${view.applyPublished ? ' checked' : ''} /> <fmt:message key="swk.import.applyPublished" var="t" />${sling:encode(t,'HTML')}</label></div>
            <button type="submit" class="button is-link"><fmt:message key="swk.import.dryRun" var="t" />${sling:encode(t,'HTML')}</button>
        </form>
        <c:if test="${view.step == 'dry-run'}">
        <section aria-labelledby="swk-import-report-title">
            <h2 class="subtitle" id="swk-import-report-title"><fmt:message key="swk.import.reportTitle" var="t"><fmt:param value="${view.createCount}" /><fmt:param value="${view.updateCount}" /><fmt:param value="${view.unchangedCount}" /><fmt:param value="${view.refusedCount}" /></fmt:message>${sling:encode(t,'HTML')}</h2>
            <table class="table is-fullwidth swk-console__table swk-import__report">
                <thead><tr>
                    <th scope="col"><fmt:message key="swk.import.row" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.import.name" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.import.outcome" var="t" />${sling:encode(t,'HTML')}</th>
                    <th scope="col"><fmt:message key="swk.import.details" var="t" />${sling:encode(t,'HTML')}</th>
                </tr></thead>
                <tbody>
                <c:forEach var="row" items="${view.rows}">
                    <tr data-swk-outcome="${sling:encode(row.action,'HTML_ATTR')}" data-swk-line="${row.line}" data-swk-id="${sling:encode(row.id,'HTML_ATTR')}">
                        <td>${row.line}</td>
                        <td>${sling:encode(row.name,'HTML')}</td>
                        <td><fmt:message key="swk.import.action.${row.action}" var="t" />${sling:encode(t,'HTML')}</td>
                        <td>
                            <c:if test="${not empty row.changed}">${sling:encode(row.changed,'HTML')}</c:if>
                            <c:if test="${not empty row.problems}"><ul><c:forEach var="p" items="${row.problems}"><li>${sling:encode(p,'HTML')}</li></c:forEach></ul></c:if>
                        </td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
            <form method="post" action="/bin/samenwerkingskaart/console/import">
                <input type="hidden" name="_charset_" value="utf-8" />
                <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                <input type="hidden" name="job" value="${sling:encode(view.jobId,'HTML_ATTR')}" />
                <input type="hidden" name=":action" value="import" />
                <button type="submit" class="button is-primary" data-swk-import-start><fmt:message key="swk.import.start" var="t"><fmt:param value="${view.createCount + view.updateCount}" /></fmt:message>${sling:encode(t,'HTML')}</button>
            </form>
        </section>
        </c:if>
    </c:when>
    <c:otherwise>
        <section class="box" aria-labelledby="swk-import-progress-title">
            <h2 class="subtitle" id="swk-import-progress-title"><c:choose><c:when test="${view.done}"><fmt:message key="swk.import.done" var="t" /></c:when><c:otherwise><fmt:message key="swk.import.running" var="t" /></c:otherwise></c:choose>${sling:encode(t,'HTML')}</h2>
            <progress class="progress is-link" id="swk-import-progress" aria-labelledby="swk-import-progress-title" max="${view.total}" value="${view.doneRows}" data-swk-import-progress>${view.percent}%</progress>
            <p role="status" data-swk-import-status><fmt:message key="swk.import.counts" var="t"><fmt:param value="${view.doneRows}" /><fmt:param value="${view.total}" /><fmt:param value="${view.created}" /><fmt:param value="${view.updated}" /><fmt:param value="${view.unchanged}" /><fmt:param value="${view.refused}" /></fmt:message>${sling:encode(t,'HTML')}</p>
            <c:if test="${not empty view.refusals}"><ul class="swk-import__refusals"><c:forEach var="r" items="${view.refusals}"><li>${sling:encode(r,'HTML')}</li></c:forEach></ul></c:if>
            <c:choose>
            <c:when test="${view.done}">
                <p><a class="button is-link" href="/cms/samenwerking/initiatives.html"><fmt:message key="swk.import.toList" var="t" />${sling:encode(t,'HTML')}</a>
                   <a class="button" href="/cms/samenwerking/import.html"><fmt:message key="swk.import.again" var="t" />${sling:encode(t,'HTML')}</a></p>
            </c:when>
            <c:otherwise>
                <form method="post" action="/bin/samenwerkingskaart/console/import" data-swk-import-continue>
                    <input type="hidden" name="_charset_" value="utf-8" />
                    <input type="hidden" name="${sling:encode(actions.csrfParameter,'HTML_ATTR')}" value="${sling:encode(actions.csrfToken,'HTML_ATTR')}" />
                    <input type="hidden" name="job" value="${sling:encode(view.jobId,'HTML_ATTR')}" />
                    <input type="hidden" name=":action" value="continue" />
                    <button type="submit" class="button is-link"><fmt:message key="swk.import.continue" var="t" />${sling:encode(t,'HTML')}</button>
                </form>
            </c:otherwise>
            </c:choose>
        </section>
    </c:otherwise>
    </c:choose>
</div>
<script src="/static/samenwerking/cms/import.js"></script>
