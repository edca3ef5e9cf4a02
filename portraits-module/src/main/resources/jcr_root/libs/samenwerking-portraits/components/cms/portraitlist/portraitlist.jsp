<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%><%--
  Manage -> Portraits: every portrait with its state, active review links, open feedback and what publishing needs.
  Model: nl.samenwerkingskaart.portraits.web.models.PortraitConsoleList.
--%><sling:adaptTo adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PortraitConsoleList" var="model" />
<c:set var="t" value="${model.text}" />
<link rel="stylesheet" href="${slingRequest.contextPath}/static/samenwerking-portraits/console.css" />
<div class="swk-portraits">
    <h1 class="title"><sling:encode value="${t['console.title.list']}" mode="HTML" /></h1>
    <p><sling:encode value="${t['console.list.intro']}" mode="HTML" /></p>
    <c:if test="${!model.editor}">
        <p class="notification is-warning"><sling:encode value="${t['console.notEditor']}" mode="HTML" /></p>
    </c:if>
    <c:choose>
        <c:when test="${empty model.rows}">
            <p><sling:encode value="${t['console.list.empty']}" mode="HTML" /></p>
        </c:when>
        <c:otherwise>
            <table class="table is-fullwidth is-striped">
                <caption class="is-sr-only"><sling:encode value="${t['console.title.list']}" mode="HTML" /></caption>
                <thead><tr>
                    <th scope="col"><sling:encode value="${t['console.col.title']}" mode="HTML" /></th>
                    <th scope="col"><sling:encode value="${t['console.col.regions']}" mode="HTML" /></th>
                    <th scope="col"><sling:encode value="${t['console.col.state']}" mode="HTML" /></th>
                    <th scope="col"><sling:encode value="${t['console.col.links']}" mode="HTML" /></th>
                    <th scope="col"><sling:encode value="${t['console.col.feedback']}" mode="HTML" /></th>
                    <th scope="col"><sling:encode value="${t['console.col.missing']}" mode="HTML" /></th>
                </tr></thead>
                <tbody>
                    <c:forEach var="row" items="${model.rows}">
                        <c:set var="stateKey" value="console.state.${row.state}" />
                        <tr data-portrait="${sling:encode(row.path,'HTML_ATTR')}">
                            <td><a href="${sling:encode(row.consoleUrl,'HTML_ATTR')}"><sling:encode value="${row.title}" mode="HTML" /></a><br/><small><sling:encode value="${row.path}" mode="HTML" /></small></td>
                            <td><sling:encode value="${row.regions}" mode="HTML" /></td>
                            <td><span class="tag swk-portraits__state swk-portraits__state--${sling:encode(row.state,'HTML_ATTR')}"><sling:encode value="${t[stateKey]}" mode="HTML" /></span></td>
                            <td>${row.activeLinks}</td>
                            <td>${row.openFeedback}</td>
                            <td>${row.missing}</td>
                        </tr>
                    </c:forEach>
                </tbody>
            </table>
        </c:otherwise>
    </c:choose>
</div>
